import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourcetraceGraph } from '../model';
import { serializeGraph } from '../model';
import type { Position } from './export-options';
import { selectGraph } from './export-options';
import { graphArb } from './graph-arbitrary.test-helper';
import type { ReadResult } from './raw-graph';
import { readGexf } from './read-gexf';
import { readGraphml } from './read-graphml';
import { readJson } from './read-json';
import { writeGexf } from './write-gexf';
import { writeGraphml } from './write-graphml';
import { writeJson } from './write-json';
import { testXmlParser } from './xml-parser.test-helper';

const parser = testXmlParser();
// Generous, because a shared machine can be slow; FC_RUNS=3000 runs a deeper search when wanted.
const PROPERTY_TIMEOUT = 60_000;

/** Nodes and edges sorted by key, with positions taken out of the attributes. */
function canonical(graph: SourcetraceGraph) {
  const data = serializeGraph(graph);
  const nodes = data.nodes
    .map(({ key, attributes }) => {
      const { x: _x, y: _y, ...rest } = attributes as typeof attributes & Partial<Position>;
      return { key, attributes: rest };
    })
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  const edges = data.edges.map(({ key, source, target, attributes }) => ({ key, source, target, attributes }));
  return { name: graph.getAttribute('name'), nodes, edges: edges.sort((a, b) => (a.key! < b.key! ? -1 : 1)) };
}

function expectSame(result: ReadResult, original: SourcetraceGraph, positions: Map<string, Position>) {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  expect(canonical(result.graph)).toEqual(canonical(original));
  expect([...result.positions.keys()].sort()).toEqual([...positions.keys()].sort());
  for (const [key, p] of positions) {
    const back = result.positions.get(key)!;
    expect(Math.abs(back.x - p.x)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs(back.y - p.y)).toBeLessThanOrEqual(1e-9);
  }
  expect(result.warnings).toEqual([]);
}

describe('export round trips', () => {
  it(
    'JSON → back gives identical nodes, edges, attributes and positions',
    () => {
      fc.assert(
        fc.property(graphArb, ({ graph, positions }) => {
          expectSame(readJson(writeJson(graph, { positions })), graph, positions);
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'GraphML → back gives identical nodes, edges, attributes and positions',
    () => {
      fc.assert(
        fc.property(graphArb, ({ graph, positions }) => {
          expectSame(readGraphml(writeGraphml(graph, { positions }), parser), graph, positions);
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'GEXF → back gives identical nodes, edges, attributes and positions',
    () => {
      fc.assert(
        fc.property(graphArb, ({ graph, positions }) => {
          expectSame(readGexf(writeGexf(graph, { positions }), parser), graph, positions);
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a filtered export reads back as exactly the filtered graph',
    () => {
      const withFilter = graphArb.chain((g) =>
        fc.record({ generated: fc.constant(g), keep: fc.subarray(g.graph.nodes()) }),
      );
      fc.assert(
        fc.property(withFilter, ({ generated: { graph }, keep }) => {
          const options = { filter: { nodes: keep } };
          const expected = selectGraph(graph, options);
          expectSame(readGraphml(writeGraphml(graph, options), parser), expected, new Map());
          expectSame(readGexf(writeGexf(graph, options), parser), expected, new Map());
        }),
        { numRuns: Number(process.env.FC_RUNS ?? 100) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

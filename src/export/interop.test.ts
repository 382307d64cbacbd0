import { MultiDirectedGraph } from 'graphology';
import * as gexf from 'graphology-gexf';
import * as graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { createGraph, upsertEdge, upsertNode } from '../model';
import { readGexf } from './read-gexf';
import { writeGexf } from './write-gexf';
import { writeGraphml } from './write-graphml';
import { testXmlParser } from './xml-parser.test-helper';

// graphology's own GEXF/GraphML packages stand in for "another tool" here: they parse by the declared
// column types, as Gephi and networkx do (networkx was also checked by hand; see src/export/README.md).
function sample() {
  const graph = createGraph();
  const text = 'Reuters said the talks failed.';
  upsertNode(graph, 'article:r1', { kind: 'article', label: 'Talks', aliases: [], title: 'Talks', outlet: '', text });
  upsertNode(graph, 'outlet:reuters', { kind: 'outlet', label: 'Reuters', aliases: ['Reuters News'] });
  upsertEdge(graph, {
    kind: 'cites',
    source: 'article:r1',
    target: 'outlet:reuters',
    evidence: [{ article: 'article:r1', start: 0, end: 12 }],
    confidence: 0.75,
  });
  return graph;
}
const positions = new Map([
  ['article:r1', { x: 1.25, y: -3 }],
  ['outlet:reuters', { x: 10, y: 4.5 }],
]);

describe('files other tools read', () => {
  it('GraphML: typed columns arrive as strings, numbers and booleans', () => {
    const other = graphml.parse(MultiDirectedGraph, writeGraphml(sample(), { positions }));
    expect(other.getNodeAttributes('article:r1')).toMatchObject({
      kind: 'article',
      label: 'Talks',
      x: 1.25,
      y: -3,
      outlet: '',
    });
    const edge = other.edges()[0]!;
    expect(other.getEdgeAttributes(edge)).toMatchObject({ kind: 'cites', evidenceCount: 1, confidence: 0.75 });
  });

  it('GEXF: typed columns and viz colour/position arrive', () => {
    const other = gexf.parse(MultiDirectedGraph, writeGexf(sample(), { positions }));
    expect(other.getNodeAttributes('outlet:reuters')).toMatchObject({
      kind: 'outlet',
      label: 'Reuters',
      x: 10,
      y: 4.5,
      // Reuters' outlet colour, as the canvas draws it (src/style).
      color: 'rgb(0,158,115)',
    });
    expect(other.getEdgeAttributes(other.edges()[0]!)).toMatchObject({ evidenceCount: 1, confidence: 0.75 });
  });

  it('reads a GEXF written by graphology-gexf, with its inferred column types', () => {
    const foreign = new MultiDirectedGraph();
    foreign.addNode('p1', { label: 'Jane Doe', kind: 'person', anonymous: false, x: 3, y: 4, size: 2 });
    foreign.addNode('o1', { label: 'The Herald', kind: 'outlet' });
    foreign.addEdgeWithKey('e1', 'o1', 'p1', { kind: 'cites', weight: 2 });
    const result = readGexf(gexf.write(foreign, { version: '1.3' }), testXmlParser(), { file: 'graphology.gexf' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.graph.nodes().sort()).toEqual(['outlet:herald', 'person:jane-doe']);
    expect(result.positions.get('person:jane-doe')).toEqual({ x: 3, y: 4 });
    expect(result.graph.hasEdge('cites|outlet:herald|person:jane-doe')).toBe(true);
  });
});

import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGraphml } from '../../src/export';
import { EMPTY_FILTERS } from '../store';
import { sampleStory } from '../test-support/sample-story';
import { buildFile, scopeFilter, scopeOutlets, type FileRequest } from './build-export';

const DATE = new Date(2026, 10, 25);
const onlyPost = {
  ...EMPTY_FILTERS,
  hiddenOutlets: ['outlet:gateway-pundit', 'outlet:miami-herald', 'outlet:wall-street-journal'],
};
const xml = new DOMParser() as unknown as Parameters<typeof readGraphml>[1];

function request(over: Partial<FileRequest>): FileRequest {
  return { format: 'json', scope: 'whole', view: { filters: EMPTY_FILTERS }, date: DATE, ...over };
}

describe('building export files', () => {
  it('exports the whole graph as GraphML that reads back with every node', async () => {
    const graph = sampleStory();
    const file = buildFile(graph, request({ format: 'graphml' }));
    expect(file.fileName).toBe('sourcetrace-all-2026-11-25.graphml');
    const read = readGraphml(await file.blob.text(), xml, { file: file.fileName });
    expect(read.ok && read.graph.order).toBe(graph.order);
  });

  it('respects the filters unless the whole graph is asked for, and names the outlets kept', async () => {
    const graph = sampleStory();
    const filter = scopeFilter(graph, { filters: onlyPost }, 'filtered');
    const kept = [...(filter?.nodes ?? [])];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(graph.order);
    expect(scopeOutlets(graph, onlyPost, 'filtered')).toEqual(['outlet:washington-post']);
    expect(scopeOutlets(graph, onlyPost, 'whole')).toEqual([]);

    const file = buildFile(graph, request({ scope: 'filtered', view: { filters: onlyPost } }));
    expect(file.fileName).toBe('sourcetrace-washington-post-2026-11-25.json');
    const json = JSON.parse(await file.blob.text()) as { nodes: { key: string }[] };
    expect(json.nodes.map((n) => n.key).sort()).toEqual(kept.sort());
  });

  it('zips the two CSV tables', async () => {
    const file = buildFile(sampleStory(), request({ format: 'csv' }));
    expect(file.fileName).toMatch(/\.zip$/);
    const entries = unzipSync(new Uint8Array(await file.blob.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(strFromU8(entries['edges.csv']!)).toMatch(/evidence/);
  });

  it('draws an SVG from drawn positions and refuses when nothing is drawn', async () => {
    const graph = sampleStory();
    const positions = Object.fromEntries(graph.nodes().map((k, i) => [k, { x: i * 10, y: (i % 3) * 20 }]));
    const file = buildFile(graph, request({ format: 'svg', positions, background: 'white' }));
    const svg = await file.blob.text();
    expect(svg).toMatch(/^<\?xml/);
    expect(svg.match(/<text /g)?.length).toBeGreaterThanOrEqual(graph.order);
    expect(() => buildFile(graph, request({ format: 'svg' }))).toThrow(/^export\/svg: no drawn node/);
  });

  it('writes Cytoscape JSON and GEXF', async () => {
    const graph = sampleStory();
    const cyjs = JSON.parse(await buildFile(graph, request({ format: 'cyjs' })).blob.text()) as {
      elements: { nodes: unknown[] };
    };
    expect(cyjs.elements.nodes).toHaveLength(graph.order);
    const gexf = await buildFile(graph, request({ format: 'gexf' })).blob.text();
    expect(gexf).toContain('version="1.3"');
  });

  it('leaves out what the focus and the confidence threshold hide, as the canvas does', () => {
    const graph = sampleStory();
    const focused = scopeFilter(
      graph,
      { filters: EMPTY_FILTERS, focus: { key: 'outlet:miami-herald', hops: 1 } },
      'filtered',
    );
    const nodes = new Set(focused?.nodes);
    expect(nodes.has('outlet:miami-herald')).toBe(true);
    expect(nodes.size).toBeLessThan(graph.order);
    for (const key of nodes) {
      const near = key === 'outlet:miami-herald' || graph.areNeighbors(key, 'outlet:miami-herald');
      expect(near, key).toBe(true);
    }
    const edge = graph.edges()[0]!;
    graph.setEdgeAttribute(edge, 'confidence', 0.1);
    const confident = scopeFilter(graph, { filters: EMPTY_FILTERS, minConfidence: 0.5 }, 'filtered');
    expect([...(confident?.edges ?? [])]).not.toContain(edge);
    expect([...(confident?.edges ?? [])]).toHaveLength(graph.size - 1);
  });
});

import { describe, expect, it } from 'vitest';
import { deserializeGraph, serializeGraph } from '../model';
import { syntheticGraph } from './synthetic-graph';

describe('syntheticGraph', () => {
  it('builds about the requested number of nodes, deterministically', () => {
    const graph = syntheticGraph(2000, 3);
    expect(graph.order).toBe(2000);
    expect(graph.size).toBeGreaterThan(2000);
    expect(serializeGraph(syntheticGraph(2000, 3))).toEqual(serializeGraph(graph));
  });

  it('passes the model validation, evidence included', () => {
    const graph = deserializeGraph(serializeGraph(syntheticGraph(1000)));
    const kinds = new Set<string>();
    graph.forEachEdge((_e, a) => {
      kinds.add(a.kind);
      const starts = a.evidence.map((e) => `${e.article} ${String(e.start).padStart(6)}`);
      expect(starts).toEqual([...new Set(starts)].sort());
    });
    expect([...kinds].sort()).toEqual([
      'affiliated',
      'asserts',
      'authored',
      'cites',
      'disputes',
      'publishes',
      'reports',
    ]);
  });
});

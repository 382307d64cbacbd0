import { describe, expect, it } from 'vitest';
import { buildViewGraph, EMPTY_VIEW_STATE } from './build-view-graph';
import { diffViewGraph } from './diff-view-graph';
import { testGraph } from '../test-support/view-test-graph';
import type { ViewEdge, ViewGraph, ViewNode } from './types';

/** Applies a diff to a copy of `prev`'s elements, as a renderer would. */
function apply(prev: ViewGraph, diff: ReturnType<typeof diffViewGraph>) {
  const nodes = new Map<string, ViewNode>(prev.nodes.map((n) => [n.id, n]));
  const edges = new Map<string, ViewEdge>(prev.edges.map((e) => [e.id, e]));
  for (const id of diff.remove.nodes) nodes.delete(id);
  for (const id of diff.remove.edges) edges.delete(id);
  for (const n of [...diff.add.nodes, ...diff.update.nodes]) nodes.set(n.id, n);
  for (const e of [...diff.add.edges, ...diff.update.edges]) edges.set(e.id, e);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return { nodes: [...nodes.values()].sort(byId), edges: [...edges.values()].sort(byId) };
}

describe('diffViewGraph', () => {
  const graph = testGraph(4_000, 2);
  const options = { budget: 800 };
  const base = buildViewGraph(graph, EMPTY_VIEW_STATE, options);
  const sorted = (v: ViewGraph) => apply(v, diffViewGraph(v, v));

  it('finds nothing to do between equal views', () => {
    const diff = diffViewGraph(base, buildViewGraph(graph, EMPTY_VIEW_STATE, options));
    expect([diff.add, diff.remove, diff.update].flatMap((d) => [...d.nodes, ...d.edges])).toEqual([]);
  });

  it('turns one view into the next, touching only what changed', () => {
    const next = buildViewGraph(graph, { ...EMPTY_VIEW_STATE, expanded: ['agg:sources'] }, options);
    const diff = diffViewGraph(base, next);
    expect(apply(base, diff)).toEqual(sorted(next));
    expect(diff.update.nodes.map((n) => n.id)).toContain('agg:sources');
    const touched = diff.add.nodes.length + diff.remove.nodes.length + diff.update.nodes.length;
    expect(touched).toBeLessThan(base.nodes.length + next.nodes.length);
  });

  it('adds everything when there is no previous view', () => {
    const diff = diffViewGraph(null, base);
    expect(diff.add.nodes).toEqual(base.nodes);
    expect(diff.add.edges).toEqual(base.edges);
  });
});

import { describe, expect, it } from 'vitest';
import { buildViewGraph, MIN_BUDGET } from '../../src/projection';
import { syntheticCorpus } from '../../src/test-support/story-corpus';
import { testGraph } from '../../src/test-support/view-test-graph';
import { EMPTY_FILTERS, viewStateOf } from '../store';
import { toCyEdge, toCyNode } from './to-cy-elements';
import { viewEdgeElement, viewNodeElement } from './view-graph-elements';

describe('view graph elements', () => {
  it('maps the store filters, focus and expansions', () => {
    const state = viewStateOf(
      { ...EMPTY_FILTERS, dateFrom: '2025-01-01', hideAnonymous: true },
      { key: 'a', hops: 2 },
      ['agg:sources'],
    );
    expect(state.dateRange).toEqual({ from: '2025-01-01', to: undefined });
    expect(state.hideAnonymous).toBe(true);
    expect(state.focus).toEqual({ key: 'a', hops: 2 });
    expect(state.expanded).toEqual(['agg:sources']);
    expect(viewStateOf(EMPTY_FILTERS, null, []).dateRange).toBeNull();
  });

  it('turns an overview into elements within the budget, aggregates marked and counted edges labelled', () => {
    const { graph } = syntheticCorpus(1000);
    const view = buildViewGraph(graph, viewStateOf(EMPTY_FILTERS, null, []), { budget: MIN_BUDGET * 2 });
    expect(view.mode).toBe('overview');
    const nodes = view.nodes.map(viewNodeElement);
    const edges = view.edges.map(viewEdgeElement);
    expect(nodes.length + edges.length).toBeLessThanOrEqual(MIN_BUDGET * 2);
    const aggregate = nodes.find((n) => String(n.classes).startsWith('aggregate'));
    expect(aggregate?.data.label).toMatch(/more .* — expand$/);
    const counted = edges.find((e) => String(e.classes).includes('counted'));
    expect(counted?.data.cue).toMatch(/^\d[\d,]* \w+/);
    const ids = new Set(nodes.map((n) => n.data.id));
    for (const e of edges) expect(ids.has(e.data.source) && ids.has(e.data.target)).toBe(true);
  });

  it('draws a real node or edge of the overview with the same data and classes as the whole-graph canvas', () => {
    const graph = testGraph(300);
    const view = buildViewGraph(graph, viewStateOf(EMPTY_FILTERS, null, [], 0), { budget: 600 });
    const real = view.nodes.filter((n) => n.type === 'node');
    expect(real.length).toBeGreaterThan(0);
    for (const node of real) {
      const overview = viewNodeElement(node);
      const canvas = toCyNode(graph, node.id);
      expect(overview.classes).toBe(canvas.classes);
      expect(overview.data).toMatchObject(canvas.data);
    }
    const edges = view.edges.filter((e) => e.type === 'edge');
    expect(view.mode).toBe('overview');
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      const overview = viewEdgeElement(edge);
      const canvas = toCyEdge(graph, edge.id);
      expect(overview.classes).toBe(canvas.classes);
      expect(overview.data).toMatchObject(canvas.data);
    }
  });
});

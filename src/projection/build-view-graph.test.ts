import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourcetraceGraph } from '../model';
import { buildViewGraph, EMPTY_VIEW_STATE } from './build-view-graph';
import { withExpanded, withoutExpanded } from './expansions';
import { testGraph } from '../test-support/view-test-graph';
import type { ViewAggregateEdge, ViewAggregateNode, ViewGraph, ViewState } from './types';

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

/** Checks what must hold for every view: budget, unique sorted ids, edges between drawn nodes, counts adding up. */
function expectSound(view: ViewGraph, graph: SourcetraceGraph): void {
  expect(view.nodes.length + view.edges.length).toBeLessThanOrEqual(view.budget);
  const nodeIds = new Set(view.nodes.map((n) => n.id));
  expect(nodeIds.size).toBe(view.nodes.length);
  expect(new Set(view.edges.map((e) => e.id)).size).toBe(view.edges.length);
  for (const e of view.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
  const real = view.nodes.filter((n) => n.type === 'node');
  const aggs = view.nodes.filter((n): n is ViewAggregateNode => n.type === 'aggregate');
  expect(real.map((n) => n.id)).toEqual([...real.map((n) => n.id)].sort());
  for (const n of real) expect(graph.hasNode(n.id)).toBe(true);
  expect(real.length + view.aggregated.nodes + sum(Object.values(view.hidden.nodes))).toBe(graph.order);
  expect(sum(aggs.map((a) => a.count))).toBe(view.aggregated.nodes);
  const realEdges = view.edges.filter((e) => e.type === 'edge');
  for (const e of realEdges) expect(graph.hasEdge(e.id)).toBe(true);
  expect(realEdges.length + view.aggregated.edges + sum(Object.values(view.hidden.edges))).toBe(graph.size);
  const counted = sum(view.edges.map((e) => (e.type === 'aggregate-edge' ? e.count : 0)));
  expect(counted + view.aggregated.internalEdges).toBe(view.aggregated.edges);
}

describe('buildViewGraph', () => {
  it('draws every element, under its graph key, when the graph fits the budget', () => {
    const graph = testGraph(60);
    const view = buildViewGraph(graph, EMPTY_VIEW_STATE);
    expect(view.mode).toBe('all');
    expect(view.nodes.map((n) => n.id)).toEqual(graph.nodes().sort());
    expect(view.edges.map((e) => e.id)).toEqual(graph.edges().sort());
    expectSound(view, graph);
  });

  it.each([
    [200, 150],
    [1_000, 150],
    [1_000, 400],
    [5_000, 1_000],
    [20_000, 3_000],
  ])('keeps a %i-node graph within a budget of %i, as an overview whose counts add up', (size, budget) => {
    const graph = testGraph(size, size);
    const view = buildViewGraph(graph, EMPTY_VIEW_STATE, { budget });
    expect(view.mode).toBe('overview');
    expectSound(view, graph);
    // The budget is used, not just respected: the overview is more than its catch-all aggregates.
    expect(view.nodes.length + view.edges.length).toBeGreaterThan(budget * 0.8);
    expect(view.nodes.some((n) => n.type === 'node' && n.kind === 'outlet')).toBe(true);
    expect(view.nodes.some((n) => n.type === 'node' && n.kind === 'person')).toBe(true);
  });

  it('labels aggregates and counted edges with their counts', () => {
    const view = buildViewGraph(testGraph(5_000, 3), EMPTY_VIEW_STATE, { budget: 600 });
    const sources = view.nodes.find((n) => n.id === 'agg:sources') as ViewAggregateNode;
    expect(sources.label).toBe(`${sources.count.toLocaleString('en-US')} more sources — expand`);
    const cites = view.edges.find(
      (e): e is ViewAggregateEdge => e.type === 'aggregate-edge' && e.kind === 'cites' && e.count > 1,
    );
    expect(cites?.label).toBe(`${cites?.count.toLocaleString('en-US')} citations`);
  });

  it('is deterministic', () => {
    const graph = testGraph(3_000, 9);
    const state = { ...EMPTY_VIEW_STATE, expanded: ['agg:claims'] };
    expect(buildViewGraph(graph, state, { budget: 500 })).toEqual(
      buildViewGraph(testGraph(3_000, 9), state, { budget: 500 }),
    );
  });

  it('rejects a budget too small to hold the catch-all aggregates', () => {
    expect(() => buildViewGraph(testGraph(10), EMPTY_VIEW_STATE, { budget: 20 })).toThrow(/view-graph: budget 20/);
  });

  it('sees changes to the graph on the next build', () => {
    const graph = testGraph(40);
    const before = buildViewGraph(graph, EMPTY_VIEW_STATE).nodes.length;
    graph.addNode('person:newcomer', { kind: 'person', label: 'Newcomer', aliases: [], anonymous: false });
    expect(buildViewGraph(graph, EMPTY_VIEW_STATE).nodes.length).toBe(before + 1);
  });
});

describe('expanding and collapsing', () => {
  const graph = testGraph(5_000, 5);
  const options = { budget: 1_500, pageSize: 40 };
  const base = buildViewGraph(graph, EMPTY_VIEW_STATE, options);
  const aggregate = (view: ViewGraph, id: string) => view.nodes.find((n) => n.id === id) as ViewAggregateNode;

  it('releases a page of an aggregate, then another, and folds all back on collapse', () => {
    const before = aggregate(base, 'agg:claims');
    expect(before.expandId).toBe('agg:claims');
    const once = { ...EMPTY_VIEW_STATE, expanded: withExpanded([], before.expandId) };
    const opened = buildViewGraph(graph, once, options);
    expectSound(opened, graph);
    // Claims are drawn only when released; the budget they take comes from the lowest-ranked sources.
    const drawnClaims = (view: ViewGraph) => view.nodes.filter((n) => n.type === 'node' && n.kind === 'claim').length;
    expect(drawnClaims(base)).toBe(0);
    expect(drawnClaims(opened)).toBe(40);
    expect(aggregate(opened, 'agg:claims')).toMatchObject({ expanded: true, expandId: 'agg:claims#2' });
    const twice = { ...once, expanded: withExpanded(once.expanded, 'agg:claims') };
    expect(drawnClaims(buildViewGraph(graph, twice, options))).toBe(80);
    const closed = { ...twice, expanded: withoutExpanded(twice.expanded, 'agg:claims') };
    expect(buildViewGraph(graph, closed, options)).toEqual(base);
  });

  it('expands a node into its neighbours and collapses back', () => {
    const outlet = base.nodes.find((n) => n.type === 'node' && n.kind === 'outlet' && n.hiddenNeighbours > 0)!;
    const state: ViewState = { ...EMPTY_VIEW_STATE, expanded: [outlet.id] };
    const opened = buildViewGraph(graph, state, options);
    expectSound(opened, graph);
    const drawn = new Set(opened.nodes.map((n) => n.id));
    const articles = graph.outNeighbors(outlet.id).filter((a) => graph.getNodeAttribute(a, 'kind') === 'article');
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) expect(drawn.has(a)).toBe(true);
    expect(opened.nodes.find((n) => n.id === outlet.id)).toMatchObject({ expanded: true, hiddenNeighbours: 0 });
    expect(buildViewGraph(graph, { ...state, expanded: [] }, options)).toEqual(base);
  });

  it('keeps its anchor drawn when an anchored aggregate is expanded', () => {
    const anchored = base.nodes.find((n) => n.type === 'aggregate' && n.anchor !== '') as ViewAggregateNode;
    const opened = buildViewGraph(graph, { ...EMPTY_VIEW_STATE, expanded: [anchored.id] }, options);
    expect(opened.nodes.some((n) => n.id === anchored.anchor)).toBe(true);
    expect(opened.nodes.find((n) => n.id === anchored.id)?.type ?? 'gone').not.toBe('node');
  });
});

describe('invariants under random view states', () => {
  const graph = testGraph(1_500, 11);
  const outlets = graph.filterNodes((_k, a) => a.kind === 'outlet');
  const state = fc.record({
    hiddenNodeKinds: fc.subarray(['article', 'person', 'organization', 'document', 'claim'] as const),
    hiddenEdgeKinds: fc.subarray(['cites', 'asserts', 'reports', 'disputes', 'publishes'] as const),
    hiddenOutlets: fc.subarray(outlets),
    dateRange: fc.option(fc.record({ from: fc.constant('2025-03-01'), to: fc.constant('2025-06-30') })),
    hideAnonymous: fc.boolean(),
    onlyDisputed: fc.boolean(),
    minConfidence: fc.constantFrom(0, 0.3, 0.8),
    focus: fc.option(
      fc.record({
        key: fc.constantFrom('outlet:outlet-1', 'claim:c3', 'person:person-2'),
        hops: fc.integer({ min: 0, max: 3 }),
      }),
    ),
    expanded: fc.subarray(['agg:sources', 'agg:claims', 'agg:articles', 'outlet:outlet-2', 'claim:c3']),
  });

  it('stays within budget, draws only graph elements and accounts for every one', () => {
    fc.assert(
      fc.property(state, fc.constantFrom(150, 400, 3_000), (s, budget) => {
        expectSound(buildViewGraph(graph, s, { budget, pageSize: 25 }), graph);
      }),
      { numRuns: 60 },
    );
  });
});

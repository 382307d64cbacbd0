import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../test-support/story-builder';
import { testGraph } from '../test-support/view-test-graph';
import { applyFilters } from './apply-filters';
import { buildViewGraph, EMPTY_VIEW_STATE } from './build-view-graph';
import { buildCitationMap } from './citation-map';
import { getGraphIndex } from './graph-index';
import { articlesBehind, rankedCitations } from './ranked-citations';
import type { ViewMapEdge, ViewState } from './types';

/**
 * Three outlets: the Daily cites the Wire twice and reports a claim the Wire and Ann assert; the Gazette
 * cites the Wire and the Daily, reports the same claim and cites Bob with little confidence; the Wire cites
 * Ann and itself.
 */
function story() {
  const b = new StoryBuilder();
  const wire = b.outlet('Wire');
  const daily = b.outlet('Daily');
  const gazette = b.outlet('Gazette');
  const ann = b.person('Ann');
  const bob = b.person('Bob');
  const text = 'Wire said, Ann said, Bob said, Daily said, and so it goes.';
  const d1 = b.article('d1', daily, text, '2025-01-01');
  const d2 = b.article('d2', daily, text, '2025-02-01');
  const g1 = b.article('g1', gazette, text, '2025-01-05');
  const w1 = b.article('w1', wire, text, '2025-01-02');
  const c1 = b.claim('c1', 'the port will close');
  const c2 = b.claim('c2', 'the ferry is late');
  const cite = (a: string, t: string, confidence?: number) => b.edge('cites', a, t, { in: a, confidence });
  cite(d1, wire);
  cite(d1, ann);
  cite(d2, wire);
  cite(g1, wire);
  cite(g1, daily);
  cite(g1, bob, 0.3);
  cite(w1, ann);
  cite(w1, wire);
  b.edge('reports', d1, c1, { in: d1 });
  b.edge('reports', d2, c2, { in: d2 });
  b.edge('reports', g1, c1, { in: g1 });
  b.edge('asserts', wire, c1, { in: d1 });
  b.edge('asserts', ann, c1, { in: d1 });
  b.edge('asserts', bob, c2, { in: d2 });
  return { graph: b.graph, wire, daily, gazette, ann, bob };
}

const s = story();

function mapOf(state: Partial<ViewState> = {}, sources = 0, budget = 3000) {
  const index = getGraphIndex(s.graph);
  return buildCitationMap(index, applyFilters(index, { ...EMPTY_VIEW_STATE, ...state }), { budget, sources });
}

const links = (edges: ViewMapEdge[]) =>
  Object.fromEntries(edges.map((e) => [`${e.source} > ${e.target}`, [e.cites, e.reports]]));

describe('buildCitationMap', () => {
  it('draws every outlet, and counts citations and reports per citing outlet and cited node', () => {
    const map = mapOf();
    expect(map.nodes.map((n) => n.id)).toEqual([s.daily, s.gazette, s.wire].sort());
    expect(links(map.edges)).toEqual({
      [`${s.daily} > ${s.wire}`]: [2, 1],
      [`${s.gazette} > ${s.wire}`]: [1, 1],
      [`${s.gazette} > ${s.daily}`]: [1, 0],
    });
    const daily = map.edges.find((e) => e.source === s.daily)!;
    expect(daily).toMatchObject({ kind: 'cites', count: 3, weight: 1, label: '2 citations, 1 report', cue: '3' });
    // The Wire citing itself is left out; weights count every link a node takes part in, drawn or not
    // (the Wire: 3 + 2 + its citation of Ann), scaled by the square root against the largest.
    expect(map.nodes.find((n) => n.id === s.wire)).toMatchObject({ weight: 6, size: 1, kind: 'outlet' });
    expect(map.nodes.find((n) => n.id === s.gazette)).toMatchObject({ weight: 4, size: 0.816 });
  });

  it('adds the most-cited sources when asked, with their links', () => {
    const map = mapOf({}, 1);
    expect(map.nodes.map((n) => n.id)).toContain(s.ann);
    expect(map.nodes.map((n) => n.id)).not.toContain(s.bob);
    expect(links(map.edges)).toMatchObject({
      [`${s.daily} > ${s.ann}`]: [1, 1],
      [`${s.wire} > ${s.ann}`]: [1, 0],
    });
    expect(mapOf({}, 5).nodes).toHaveLength(5);
  });

  it('counts a report only where the reporting article cites whose claim it is', () => {
    const all = links(mapOf({}, 5).edges);
    // g1 reports Ann's claim without naming Ann; d2 carries Bob's without naming Bob.
    expect(all[`${s.gazette} > ${s.ann}`]).toBeUndefined();
    expect(all[`${s.daily} > ${s.bob}`]).toBeUndefined();
    expect(all[`${s.gazette} > ${s.bob}`]).toEqual([1, 0]);
  });

  it('respects the filters: hidden outlets, dates, confidence and edge kinds', () => {
    const noDaily = links(mapOf({ hiddenOutlets: [s.daily] }).edges);
    expect(noDaily).toEqual({ [`${s.gazette} > ${s.wire}`]: [1, 1] });
    expect(mapOf({ hiddenOutlets: [s.daily] }).nodes.map((n) => n.id)).not.toContain(s.daily);
    expect(links(mapOf({ dateRange: { to: '2025-01-15' } }, 2).edges)[`${s.daily} > ${s.wire}`]).toEqual([1, 1]);
    expect(links(mapOf({}, 2).edges)[`${s.gazette} > ${s.bob}`]).toEqual([1, 0]);
    expect(links(mapOf({ minConfidence: 0.5 }, 2).edges)[`${s.gazette} > ${s.bob}`]).toBeUndefined();
    const citesOnly = mapOf({ hiddenEdgeKinds: ['reports'] }).edges;
    expect(citesOnly.every((e) => e.reports === 0)).toBe(true);
    expect(mapOf({ hiddenNodeKinds: ['outlet'] }).nodes).toEqual([]);
  });

  it('is deterministic and sorted by id', () => {
    const a = mapOf({}, 2);
    expect(mapOf({}, 2)).toEqual(a);
    expect(a.nodes.map((n) => n.id)).toEqual(a.nodes.map((n) => n.id).sort());
    expect(a.edges.map((e) => e.id)).toEqual(a.edges.map((e) => e.id).sort());
  });

  it('stays within the budget on a large graph, keeping the strongest links', () => {
    const graph = testGraph(20_000, 20_000);
    const index = getGraphIndex(graph);
    const filter = applyFilters(index, EMPTY_VIEW_STATE);
    const full = buildCitationMap(index, filter, { budget: 1_000_000, sources: 50, linksPerNode: 1000 });
    const small = buildCitationMap(index, filter, { budget: 1000, sources: 50, linksPerNode: 1000 });
    expect(small.nodes.length).toBeLessThanOrEqual(500);
    expect(small.nodes.length + small.edges.length).toBeLessThanOrEqual(1000);
    expect(full.edges.length).toBeGreaterThan(150);
    expect(small.omittedLinks).toBeGreaterThan(0);
    const weakestKept = Math.min(...small.edges.map((e) => e.count));
    const kept = new Set(small.nodes.map((n) => n.id));
    const strongerLeftOut = full.edges.filter(
      (e) =>
        kept.has(e.source) && kept.has(e.target) && e.count > weakestKept && !small.edges.some((x) => x.id === e.id),
    );
    expect(strongerLeftOut).toEqual([]);
  });

  it('keeps a few links per node, the strongest, however large the budget', () => {
    const graph = testGraph(20_000, 20_000);
    const index = getGraphIndex(graph);
    const filter = applyFilters(index, EMPTY_VIEW_STATE);
    const map = buildCitationMap(index, filter, { budget: 1_000_000, sources: 0, linksPerNode: 1 });
    expect(map.edges.length).toBe(map.nodes.length);
    expect(map.omittedLinks).toBeGreaterThan(0);
  });
});

describe('buildViewGraph with overview: map', () => {
  const graph = testGraph(2_000, 2_000);
  it('draws the citation map above the budget, and the detailed overview once something is focused', () => {
    const view = buildViewGraph(graph, EMPTY_VIEW_STATE, { budget: 300, overview: 'map' });
    expect(view.mode).toBe('map');
    expect(view.nodes.every((n) => n.type === 'map-node')).toBe(true);
    expect(view.nodes.length + view.edges.length).toBeLessThanOrEqual(300);
    const outlet = view.nodes.find((n) => n.type === 'map-node' && n.kind === 'outlet')!;
    const focused = buildViewGraph(
      graph,
      { ...EMPTY_VIEW_STATE, focus: { key: outlet.id, hops: 2 } },
      {
        budget: 300,
        overview: 'map',
      },
    );
    expect(focused.mode).not.toBe('map');
    expect(focused.nodes.some((n) => n.id === outlet.id)).toBe(true);
    expect(buildViewGraph(graph, EMPTY_VIEW_STATE, { budget: 300 }).mode).toBe('overview');
  });
});

describe('rankedCitations', () => {
  const index = getGraphIndex(s.graph);
  const filter = applyFilters(index, EMPTY_VIEW_STATE);
  it('ranks whom an outlet cites or reports, most first, as the map counts them', () => {
    const ranked = rankedCitations(index, filter, s.daily);
    expect(ranked.rows.map((r) => [r.label, r.cites, r.reports])).toEqual([
      ['Wire', 2, 1],
      ['Ann', 1, 1],
    ]);
    expect(ranked.total).toBe(2);
    const mapped = mapOf().edges.find((e) => e.source === s.daily && e.target === s.wire)!;
    expect([mapped.cites, mapped.reports]).toEqual([ranked.rows[0]!.cites, ranked.rows[0]!.reports]);
    expect(rankedCitations(index, filter, s.daily, 1)).toMatchObject({ total: 2, rows: [{ key: s.wire }] });
  });

  it('finds the articles behind a row: those citing the node', () => {
    expect(articlesBehind(index, filter, s.daily, s.wire).sort()).toEqual(['article:d1', 'article:d2']);
    expect(articlesBehind(index, filter, s.daily, s.ann)).toEqual(['article:d1']);
    expect(articlesBehind(index, filter, s.gazette, s.bob)).toEqual(['article:g1']);
    expect(articlesBehind(index, filter, s.gazette, s.ann)).toEqual([]);
    expect(articlesBehind(index, filter, s.daily, s.wire, 1)).toHaveLength(1);
    const early = applyFilters(index, { ...EMPTY_VIEW_STATE, dateRange: { to: '2025-01-15' } });
    expect(articlesBehind(index, early, s.daily, s.wire)).toEqual(['article:d1']);
  });

  it('is empty for a node that is not a visible outlet', () => {
    expect(rankedCitations(index, filter, s.ann).rows).toEqual([]);
    const hidden = applyFilters(index, { ...EMPTY_VIEW_STATE, hiddenOutlets: [s.daily] });
    expect(rankedCitations(index, hidden, s.daily).total).toBe(0);
  });
});

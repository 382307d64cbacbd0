import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../test-support/story-builder';
import { buildViewGraph, EMPTY_VIEW_STATE } from './build-view-graph';
import type { ViewGraph, ViewState } from './types';

function story() {
  const b = new StoryBuilder();
  const wsj = b.outlet('Wall Street Journal');
  const post = b.outlet('Washington Post');
  const a1 = b.article('a1', wsj, 'text', '2025-03-01');
  const a2 = b.article('a2', wsj, 'text', '2025-05-01T10:00:00Z');
  const a3 = b.article('a3', post, 'text');
  const officials = b.person('officials', true);
  const spokeswoman = b.person('spokeswoman');
  const analyst = b.person('analyst');
  const memo = b.document('memo');
  const strikes = b.claim('strikes', 'strikes are planned');
  const talks = b.claim('talks', 'talks are under way');
  b.edge('reports', a1, strikes);
  b.edge('cites', a1, officials, { confidence: 0.9 });
  b.edge('asserts', officials, strikes);
  b.edge('disputes', spokeswoman, strikes, { confidence: 0.4 });
  b.edge('reports', a2, talks);
  b.edge('cites', a2, memo, { confidence: 0.2 });
  b.edge('cites', a2, analyst);
  b.edge('asserts', memo, talks);
  b.edge('reports', a3, talks);
  b.edge('cites', a3, wsj);
  return { graph: b.graph, wsj, post, a1, a2, a3, officials, spokeswoman, analyst, memo, strikes, talks };
}

const s = story();
const view = (state: Partial<ViewState>): ViewGraph => buildViewGraph(s.graph, { ...EMPTY_VIEW_STATE, ...state });
const drawn = (v: ViewGraph) => v.nodes.map((n) => n.id).sort();
const allBut = (...keys: string[]) =>
  s.graph
    .nodes()
    .filter((k) => !keys.includes(k))
    .sort();
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe('filters', () => {
  it('hide nothing by default', () => {
    const v = view({});
    expect(drawn(v)).toEqual(s.graph.nodes().sort());
    expect(total(v.hidden.nodes) + total(v.hidden.edges)).toBe(0);
  });

  it('hide node kinds, and the edges that lose an end', () => {
    const v = view({ hiddenNodeKinds: ['document'] });
    expect(drawn(v)).toEqual(allBut(s.memo));
    expect(v.hidden.nodes.nodeKind).toBe(1);
    expect(v.hidden.edges.endpoint).toBe(2);
    expect(v.edges.length + v.hidden.edges.endpoint).toBe(s.graph.size);
  });

  it('hide an outlet with its articles, and whatever no shown article leads to', () => {
    const v = view({ hiddenOutlets: new Set([s.wsj]) });
    // a3 (Post) reports talks; the memo asserts talks but only a2 (WSJ) cites it, so it goes with a2.
    expect(drawn(v)).toEqual([s.post, s.a3, s.talks].sort());
    expect(v.hidden.nodes).toMatchObject({ outlet: 3, unreached: 5 });
    expect(v.edges.length + total(v.hidden.edges)).toBe(s.graph.size);
  });

  it('follow only drawn edges when deciding what a shown article leads to', () => {
    const v = view({ hiddenOutlets: [s.post], minConfidence: 0.5 });
    // a2 cites the memo at 0.2: below the threshold, so the memo is no longer part of the shown story.
    expect(drawn(v)).not.toContain(s.memo);
    expect(drawn(v)).toContain(s.analyst);
  });

  it('hide articles outside the date range, keeping undated ones', () => {
    const v = view({ dateRange: { from: '2025-04-01' } });
    // a1 goes, and with it what only a1 leads to (and the spokeswoman, whom no article cites).
    expect(drawn(v)).toEqual(allBut(s.a1, s.officials, s.strikes, s.spokeswoman));
    expect(view({ dateRange: { from: '2025-01-01', to: '2025-05-01' } }).hidden.nodes.date).toBe(0);
    expect(view({ dateRange: { to: '2025-04-30' } }).hidden.nodes.date).toBe(1);
  });

  it('hide anonymous sources', () => {
    expect(drawn(view({ hideAnonymous: true }))).toEqual(allBut(s.officials));
  });

  it('keep disputed claims and whatever leads to them', () => {
    const v = view({ onlyDisputed: true });
    // Transitively: a1 and its outlet, and a3 (Post), which cites the WSJ.
    expect(drawn(v)).toEqual([s.wsj, s.a1, s.strikes, s.officials, s.spokeswoman, s.a3, s.post].sort());
    expect(v.hidden.nodes.disputed).toBe(s.graph.order - 7);
    // A dispute the edge filters hide disputes nothing.
    expect(drawn(view({ onlyDisputed: true, minConfidence: 0.5 }))).toEqual([]);
  });

  it('hide low-confidence edges but never unrated ones, and never the nodes left without edges', () => {
    const v = view({ minConfidence: 0.5 });
    expect(v.hidden.edges.confidence).toBe(2);
    expect(v.edges.map((e) => e.id)).toContain(`cites|${s.a3}|${s.wsj}`);
    expect(drawn(v)).toEqual(s.graph.nodes().sort());
  });

  it('hide edge kinds without hiding nodes', () => {
    const v = view({ hiddenEdgeKinds: ['cites', 'publishes'] });
    expect(v.hidden.edges.edgeKind).toBe(4 + 3);
    expect(v.nodes.length).toBe(s.graph.order);
  });
});

describe('focus', () => {
  it('keeps the n-hop neighbourhood, either direction', () => {
    expect(drawn(view({ focus: { key: s.a3, hops: 0 } }))).toEqual([s.a3]);
    expect(drawn(view({ focus: { key: s.a3, hops: 1 } }))).toEqual([s.a3, s.post, s.talks, s.wsj].sort());
    const two = view({ focus: { key: s.a3, hops: 2 } });
    expect(drawn(two)).toEqual([s.a3, s.post, s.talks, s.wsj, s.a1, s.a2, s.memo].sort());
    expect(two.hidden.nodes.focus).toBe(4);
    expect(two.focus).toBe('ok');
  });

  it('tells how many neighbours the focus leaves out, and expands a node into them', () => {
    const one = view({ focus: { key: s.a3, hops: 1 } });
    expect(one.nodes.find((n) => n.id === s.talks)).toMatchObject({ hiddenNeighbours: 2, expandId: s.talks });
    const expanded = view({ focus: { key: s.a3, hops: 1 }, expanded: [s.talks] });
    expect(drawn(expanded)).toEqual([s.a3, s.post, s.talks, s.wsj, s.a2, s.memo].sort());
  });

  it('is set aside, and says why, when its node is missing or filtered out', () => {
    expect(view({ focus: { key: 'person:nobody', hops: 1 } })).toMatchObject({ focus: 'missing' });
    const filtered = view({ focus: { key: s.officials, hops: 1 }, hideAnonymous: true });
    expect(filtered.focus).toBe('filtered');
    expect(drawn(filtered)).toEqual(allBut(s.officials));
  });
});

import { sampleStory } from '../test-support/sample-story';
import { describe, expect, it } from 'vitest';
import type { FilterState } from './app-state';
import { EMPTY_FILTERS } from './filter-slice';
import { hiddenElements } from './hidden-elements';

const graph = sampleStory();
const hide = (f: Partial<FilterState>) => hiddenElements(graph, { ...EMPTY_FILTERS, ...f });
const outlets = graph.filterNodes((_k, a) => a.kind === 'outlet');

describe('hiddenElements', () => {
  it('hides nothing without filters', () => {
    const h = hide({});
    expect(h.nodes.size + h.edges.size).toBe(0);
  });

  it('hides a node kind and every edge touching it', () => {
    const h = hide({ hiddenNodeKinds: ['claim'] });
    graph.forEachNode((k, a) => expect(h.nodes.has(k)).toBe(a.kind === 'claim'));
    graph.forEachEdge((e, _a, s, t) => {
      if (s.startsWith('claim:') || t.startsWith('claim:')) expect(h.edges.has(e)).toBe(true);
    });
  });

  it('hides edge kinds only', () => {
    const h = hide({ hiddenEdgeKinds: ['reports'] });
    expect(h.nodes.size).toBe(0);
    graph.forEachEdge((e, a) => expect(h.edges.has(e)).toBe(a.kind === 'reports'));
  });

  it('keeps one outlet, its articles and what they lead to', () => {
    const keep = outlets.find((o) => graph.outDegree(o) > 0 && o.includes('journal'));
    expect(keep).toBeDefined();
    const h = hide({ hiddenOutlets: outlets.filter((o) => o !== keep) });
    const visible = graph.filterNodes((k) => !h.nodes.has(k));
    expect(visible).toContain(keep);
    for (const k of visible) {
      const a = graph.getNodeAttributes(k);
      if (a.kind === 'article') expect(a.outlet).toBe(keep);
      expect(a.kind === 'outlet' ? k : keep).toBe(keep);
    }
    expect(visible.some((k) => graph.getNodeAttributes(k).kind === 'claim')).toBe(true);
  });

  it('hides anonymous sources', () => {
    const h = hide({ hideAnonymous: true });
    graph.forEachNode((k, a) => expect(h.nodes.has(k)).toBe('anonymous' in a && a.anonymous));
  });

  it('only disputed keeps disputed claims and whatever leads to them', () => {
    const h = hide({ onlyDisputed: true });
    const claims = graph.filterNodes((k, a) => a.kind === 'claim' && !h.nodes.has(k));
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(graph.someInEdge(c, (_e, a) => a.kind === 'disputes')).toBe(true);
    expect(graph.filterNodes((k) => h.nodes.has(k)).length).toBeGreaterThan(0);
  });

  it('focus keeps the n-hop neighbourhood, and expanded nodes add their neighbours', () => {
    const key = 'person:us-officials';
    const one = hiddenElements(graph, EMPTY_FILTERS, { key, hops: 1 });
    const kept = graph.filterNodes((k) => !one.nodes.has(k)).sort();
    expect(kept).toEqual([key, ...graph.neighbors(key)].sort());
    const two = hiddenElements(graph, EMPTY_FILTERS, { key, hops: 2 });
    expect(two.nodes.size).toBeLessThan(one.nodes.size);
    const outside = graph.nodes().find((k) => one.nodes.has(k) && graph.neighbors(k).some((n) => !one.nodes.has(n)));
    expect(outside).toBeDefined();
    const grown = hiddenElements(graph, EMPTY_FILTERS, { key, hops: 1 }, [graph.neighbors(key)[0]!]);
    expect(grown.nodes.size).toBeLessThan(one.nodes.size);
  });

  it('a date range after every article hides all articles', () => {
    const h = hide({ dateFrom: '2999-01-01' });
    graph.forEachNode((k, a) => {
      if (a.kind === 'article' && a.publishedAt) expect(h.nodes.has(k)).toBe(true);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../test-support/story-builder';
import { getGraphIndex } from './graph-index';

function story() {
  const b = new StoryBuilder();
  const wsj = b.outlet('Wall Street Journal');
  const a1 = b.article('a1', wsj, 'text');
  const a2 = b.article('a2', wsj, 'text');
  const officials = b.person('officials', true);
  const memo = b.document('memo');
  const strikes = b.claim('strikes', 'strikes are planned');
  const orphan = b.claim('orphan', 'reported only');
  b.edge('cites', a1, officials);
  b.edge('cites', a2, officials);
  b.edge('cites', a2, memo);
  b.edge('asserts', memo, strikes);
  b.edge('asserts', officials, strikes);
  b.edge('reports', a1, orphan);
  return { graph: b.graph, wsj, a1, a2, officials, memo, strikes, orphan };
}

describe('getGraphIndex', () => {
  it('ranks by connections, ties by key, and anchors articles on outlets, claims on their best source', () => {
    const s = story();
    const index = getGraphIndex(s.graph);
    const ranked = Array.from(index.rankOrder, (v) => index.keys[v]);
    // Score 2 each (strikes: asserted twice, wsj: publishes two, officials: cited twice): key order decides.
    expect(ranked.slice(0, 3)).toEqual([s.strikes, s.wsj, s.officials]);
    expect(ranked.indexOf(s.a1)).toBeLessThan(ranked.indexOf(s.a2));
    const anchorOf = (key: string) => index.keys[index.anchor[index.idOf.get(key)!]!];
    expect(anchorOf(s.a1)).toBe(s.wsj);
    expect(anchorOf(s.strikes)).toBe(s.officials);
    expect(anchorOf(s.orphan)).toBe(s.wsj); // no source asserts it: its reporter's outlet
    expect(index.cited[index.idOf.get(s.officials)!]).toBe(2);
  });

  it('is cached, and rebuilt after the graph changes', () => {
    const s = story();
    const first = getGraphIndex(s.graph);
    expect(getGraphIndex(s.graph)).toBe(first);
    s.graph.setNodeAttribute(s.officials, 'label', 'Officials');
    const second = getGraphIndex(s.graph);
    expect(second).not.toBe(first);
    expect(second.labels[second.idOf.get(s.officials)!]).toBe('Officials');
  });
});

import { describe, expect, it } from 'vitest';
import { createGraph, upsertNode } from '../../src/model';
import { articleDateSpan, outletSummaries } from './outlet-summaries';

function graph() {
  const g = createGraph();
  upsertNode(g, 'outlet:b', { kind: 'outlet', label: 'Beta', aliases: [] });
  upsertNode(g, 'outlet:a', { kind: 'outlet', label: 'Alpha', aliases: [] });
  upsertNode(g, 'outlet:c', { kind: 'outlet', label: 'Gamma', aliases: [] });
  const art = (id: string, outlet: string, publishedAt?: string) =>
    upsertNode(g, `article:${id}`, {
      kind: 'article',
      label: id,
      aliases: [],
      title: id,
      outlet,
      text: '',
      publishedAt,
    });
  art('1', 'outlet:b', '2025-03-02T10:00:00Z');
  art('2', 'outlet:b', '2025-01-09');
  art('3', 'outlet:a');
  return g;
}

describe('outletSummaries', () => {
  it('counts articles and visible articles, most first then by name', () => {
    const s = outletSummaries(graph(), new Set(['article:2']));
    expect(s.map((o) => [o.key, o.articles, o.visibleArticles])).toEqual([
      ['outlet:b', 2, 1],
      ['outlet:a', 1, 1],
      ['outlet:c', 0, 0],
    ]);
  });
});

describe('articleDateSpan', () => {
  it('spans dated articles by day', () => {
    expect(articleDateSpan(graph())).toEqual({ from: '2025-01-09', to: '2025-03-02' });
  });
  it('is null without dates', () => {
    expect(articleDateSpan(createGraph())).toBeNull();
  });
});

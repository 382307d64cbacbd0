import { describe, expect, it } from 'vitest';
import { createGraph, upsertEdge, upsertNode } from '../../src/model';
import { evidenceHighlights } from './article-highlights';
import { listArticles } from './list-articles';

function graph() {
  const g = createGraph();
  upsertNode(g, 'outlet:post', { kind: 'outlet', label: 'The Post', aliases: [] });
  const article = (id: string, publishedAt?: string) =>
    upsertNode(g, `article:${id}`, {
      kind: 'article',
      label: id,
      aliases: [],
      title: `Title ${id}`,
      outlet: id === 'a' ? 'outlet:post' : '',
      text: 'Officials said it rained. The Post reported it.',
      ...(publishedAt ? { publishedAt } : {}),
      ...(id === 'b' ? { summary: true } : {}),
    });
  article('a', '2025-01-02');
  article('b');
  article('c', '2025-03-01');
  upsertNode(g, 'person:o', { kind: 'person', label: 'officials', aliases: [], anonymous: true });
  upsertNode(g, 'claim:r', { kind: 'claim', label: 'it rained', aliases: [], text: 'it rained' });
  const ev = [
    { article: 'article:a', start: 0, end: 25 },
    { article: 'article:a', start: 26, end: 47 },
  ];
  upsertEdge(g, { kind: 'asserts', source: 'person:o', target: 'claim:r', evidence: ev });
  upsertEdge(g, { kind: 'reports', source: 'article:a', target: 'claim:r', evidence: ev });
  upsertEdge(g, { kind: 'cites', source: 'article:a', target: 'outlet:post', evidence: [ev[1]!] });
  return g;
}

describe('listArticles', () => {
  it('lists outlet, title, date, attribution count and the summary mark, newest first and undated last', () => {
    expect(listArticles(graph())).toEqual([
      { key: 'article:c', title: 'Title c', outlet: '', publishedAt: '2025-03-01', attributions: 0, summary: false },
      {
        key: 'article:a',
        title: 'Title a',
        outlet: 'The Post',
        publishedAt: '2025-01-02',
        attributions: 2,
        summary: false,
      },
      { key: 'article:b', title: 'Title b', outlet: '', publishedAt: '', attributions: 0, summary: true },
    ]);
  });
});

describe('evidenceHighlights', () => {
  it('marks each evidence sentence once, leading to the stance edge before the citation', () => {
    expect(evidenceHighlights(graph(), 'article:a')).toEqual([
      { start: 0, end: 25, role: 'evidence', target: { type: 'edge', key: 'asserts|person:o|claim:r' } },
      { start: 26, end: 47, role: 'evidence', target: { type: 'edge', key: 'asserts|person:o|claim:r' } },
    ]);
    expect(evidenceHighlights(graph(), 'article:b')).toEqual([]);
  });
});

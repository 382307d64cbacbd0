import { describe, expect, it } from 'vitest';
import { createGraph, upsertEdge, upsertNode } from '../model';
import { DATE_UNKNOWN, reportersInOrder } from './report-order';

function graphWithReporters(dates: Record<string, string | undefined>) {
  const graph = createGraph();
  upsertNode(graph, 'claim:c', { kind: 'claim', label: 'c', aliases: [], text: 'c' });
  for (const [id, publishedAt] of Object.entries(dates)) {
    const key = `article:${id}`;
    upsertNode(graph, key, {
      kind: 'article',
      label: id,
      aliases: [],
      title: id,
      outlet: `outlet:${id}`,
      text: 'text',
      ...(publishedAt ? { publishedAt } : {}),
    });
    upsertEdge(graph, {
      kind: 'reports',
      source: key,
      target: 'claim:c',
      evidence: [{ article: key, start: 0, end: 4 }],
    });
  }
  return graph;
}

describe('reportersInOrder', () => {
  it('orders by date, marks the earliest first and puts undated ones last, explicitly', () => {
    const graph = graphWithReporters({
      late: '2025-06-12',
      none: undefined,
      early: '2025-06-09T08:00:00Z',
      bad: 'soon',
    });
    const order = reportersInOrder(graph, 'claim:c');
    expect(order.map((r) => [r.article, r.when, r.first])).toEqual([
      ['article:early', '2025-06-09T08:00:00Z', true],
      ['article:late', '2025-06-12', false],
      ['article:bad', DATE_UNKNOWN, false],
      ['article:none', DATE_UNKNOWN, false],
    ]);
    expect(order[2]?.publishedAt).toBeNull();
  });

  it('marks every reporter tied on the earliest date as first, and none when no date is known', () => {
    const tied = reportersInOrder(graphWithReporters({ a: '2025-06-09', b: '2025-06-09' }), 'claim:c');
    expect(tied.map((r) => r.first)).toEqual([true, true]);
    const undated = reportersInOrder(graphWithReporters({ a: undefined }), 'claim:c');
    expect(undated.map((r) => r.first)).toEqual([false]);
    expect(reportersInOrder(graphWithReporters({}), 'claim:missing')).toEqual([]);
  });
});

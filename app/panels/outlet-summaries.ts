import type { SourcetraceGraph } from '../../src/model';

export interface OutletSummary {
  key: string;
  label: string;
  /** Articles of this outlet in the graph. */
  articles: number;
  /** Of those, how many the current filters leave visible. */
  visibleArticles: number;
}

/**
 * Every outlet with its article counts, most articles first, then by name. Outlets only cited (no
 * articles of their own) are listed too: hiding them hides their node.
 */
export function outletSummaries(graph: SourcetraceGraph, hiddenNodes: ReadonlySet<string>): OutletSummary[] {
  const byKey = new Map<string, OutletSummary>();
  graph.forEachNode((key, a) => {
    if (a.kind === 'outlet') byKey.set(key, { key, label: a.label, articles: 0, visibleArticles: 0 });
  });
  graph.forEachNode((key, a) => {
    if (a.kind !== 'article') return;
    const s = byKey.get(a.outlet);
    if (!s) return;
    s.articles++;
    if (!hiddenNodes.has(key)) s.visibleArticles++;
  });
  return [...byKey.values()].sort((x, y) => y.articles - x.articles || x.label.localeCompare(y.label));
}

/** Earliest and latest article day (YYYY-MM-DD) in the graph, or null when no article is dated. */
export function articleDateSpan(graph: SourcetraceGraph): { from: string; to: string } | null {
  let from = '';
  let to = '';
  graph.forEachNode((_key, a) => {
    const day = a.kind === 'article' ? a.publishedAt?.slice(0, 10) : undefined;
    if (!day) return;
    if (!from || day < from) from = day;
    if (!to || day > to) to = day;
  });
  return from ? { from, to } : null;
}

import type { SourcetraceGraph } from '../../src/model';

/** One row of the articles panel. */
export interface ArticleRow {
  key: string;
  title: string;
  /** The publishing outlet's label, or '' when unknown. */
  outlet: string;
  publishedAt: string;
  /** Evidence items of this article on stance edges (asserts, disputes, supports): one per attribution. */
  attributions: number;
  /** The text is only a feed item's summary, not the full article. */
  summary: boolean;
}

const STANCE_KINDS = new Set(['asserts', 'disputes', 'supports']);

/**
 * The graph's articles, newest first (undated last, then by title). Derived from the graph itself, so
 * the sample corpus, imported files and merged graph files all show, and removals are always reflected.
 */
export function listArticles(graph: SourcetraceGraph): ArticleRow[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_e, attrs) => {
    if (!STANCE_KINDS.has(attrs.kind)) return;
    for (const ev of attrs.evidence) counts.set(ev.article, (counts.get(ev.article) ?? 0) + 1);
  });
  const rows: ArticleRow[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'article') return;
    const outlet = attrs.outlet && graph.hasNode(attrs.outlet) ? graph.getNodeAttribute(attrs.outlet, 'label') : '';
    rows.push({
      key,
      title: attrs.title,
      outlet,
      publishedAt: attrs.publishedAt ?? '',
      attributions: counts.get(key) ?? 0,
      summary: attrs.summary === true,
    });
  });
  return rows.sort(
    (a, b) =>
      Number(!a.publishedAt) - Number(!b.publishedAt) ||
      b.publishedAt.localeCompare(a.publishedAt) ||
      a.title.localeCompare(b.title),
  );
}

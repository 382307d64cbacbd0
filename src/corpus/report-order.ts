import type { SourcetraceGraph } from '../model';

/** One article reporting a claim, with its outlet and date; `publishedAt` null means "date unknown". */
export interface Reporter {
  article: string;
  outlet: string | null;
  title: string;
  publishedAt: string | null;
  /** "2025-06-10T08:30:00.000Z" or the explicit words "date unknown"; never a guess. */
  when: string;
  /** True for the earliest dated reporter(s); never for undated ones. */
  first: boolean;
}

export const DATE_UNKNOWN = 'date unknown';

/**
 * The articles that report a claim (`article —reports→ claim`), earliest first; articles without a
 * valid date come last, in key order, marked "date unknown". Ties on the earliest date are all first.
 */
export function reportersInOrder(graph: SourcetraceGraph, claimKey: string): Reporter[] {
  if (!graph.hasNode(claimKey)) return [];
  const out: (Reporter & { time: number })[] = [];
  graph.forEachInEdge(claimKey, (_e, attrs, source) => {
    const article = graph.getNodeAttributes(source);
    if (attrs.kind !== 'reports' || article.kind !== 'article') return;
    const time = article.publishedAt ? Date.parse(article.publishedAt) : NaN;
    const dated = !Number.isNaN(time);
    out.push({
      article: source,
      outlet: article.outlet || null,
      title: article.title,
      publishedAt: dated ? article.publishedAt! : null,
      when: dated ? article.publishedAt! : DATE_UNKNOWN,
      first: false,
      time: dated ? time : Infinity,
    });
  });
  out.sort((a, b) => a.time - b.time || (a.article < b.article ? -1 : 1));
  const earliest = out[0]?.time ?? Infinity;
  return out.map(({ time, ...r }) => ({ ...r, first: time === earliest && time !== Infinity }));
}

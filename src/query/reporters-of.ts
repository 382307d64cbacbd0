import type { SourcetraceGraph } from '../model';
import { SourcetraceError } from '../model';
import { outletOf } from './nodes-by-kind';

/** An article that reports a claim, with what is known about when and where it appeared. */
export interface Reporter {
  article: string;
  /** The `reports` edge. */
  edge: string;
  outlet: string | null;
  title: string;
  publishedAt: string | undefined;
}

export interface ClaimReporters {
  claim: string;
  /** In article-key order. */
  articles: Reporter[];
  /** Distinct outlets of those articles, sorted. */
  outlets: string[];
  /** Sources with an `asserts` edge into the claim, sorted. */
  asserters: string[];
}

/** Downstream of a claim: the articles that report it, their outlets, and who is said to assert it. */
export function reportersOf(graph: SourcetraceGraph, claimKey: string): ClaimReporters {
  if (!graph.hasNode(claimKey)) throw new SourcetraceError('query/reporters-of', `no node "${claimKey}"`);
  const articles: Reporter[] = [];
  const asserters = new Set<string>();
  graph.forEachInEdge(claimKey, (edge, attrs, source) => {
    if (attrs.kind === 'asserts') asserters.add(source);
    if (attrs.kind !== 'reports') return;
    const article = graph.getNodeAttributes(source);
    if (article.kind !== 'article') return;
    const outlet = outletOf(graph, source);
    articles.push({ article: source, edge, outlet, title: article.title, publishedAt: article.publishedAt });
  });
  articles.sort((a, b) => (a.article < b.article ? -1 : 1));
  const outlets = [...new Set(articles.flatMap((r) => (r.outlet === null ? [] : [r.outlet])))].sort();
  return { claim: claimKey, articles, outlets, asserters: [...asserters].sort() };
}

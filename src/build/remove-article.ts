import type { SourcetraceGraph } from '../model';
import { resetClaimIndex } from './cluster-claims';

/**
 * Removes an article and everything that only it attested: its evidence leaves every edge, edges left
 * without evidence go (as do the article's own publishes/mentions edges), then nodes left with no
 * edge at all go — except other articles. Claim aliases no longer found in any remaining article are
 * dropped too. Returns the keys of the removed nodes. Unknown keys remove nothing.
 */
export function removeArticle(graph: SourcetraceGraph, articleKey: string): string[] {
  if (!graph.hasNode(articleKey) || graph.getNodeAttribute(articleKey, 'kind') !== 'article') return [];
  const touched = new Set<string>(graph.neighbors(articleKey));
  graph.dropNode(articleKey);
  for (const edge of graph.edges()) {
    const attrs = graph.getEdgeAttributes(edge);
    if (!attrs.evidence.some((e) => e.article === articleKey)) continue;
    const evidence = attrs.evidence.filter((e) => e.article !== articleKey);
    touched.add(graph.source(edge)).add(graph.target(edge));
    if (evidence.length === 0) graph.dropEdge(edge);
    else graph.setEdgeAttribute(edge, 'evidence', evidence);
  }
  const removed = [articleKey];
  for (const key of touched) {
    if (!graph.hasNode(key)) continue;
    const attrs = graph.getNodeAttributes(key);
    if (attrs.kind === 'article') continue;
    if (graph.degree(key) === 0) {
      graph.dropNode(key);
      removed.push(key);
    } else if (attrs.kind === 'claim' && attrs.aliases.length) {
      pruneClaimAliases(graph, key);
    }
  }
  resetClaimIndex(graph);
  return removed;
}

/** Keeps the variant texts of a claim that some article still citing it actually contains. */
function pruneClaimAliases(graph: SourcetraceGraph, claim: string): void {
  const texts = new Set<string>();
  graph.forEachEdge(claim, (_e, attrs) => {
    for (const ev of attrs.evidence) {
      const article = graph.hasNode(ev.article) ? graph.getNodeAttributes(ev.article) : undefined;
      if (article?.kind === 'article') texts.add(article.text);
    }
  });
  graph.updateNodeAttributes(claim, (a) => ({
    ...a,
    aliases: a.aliases.filter((alias) => [...texts].some((t) => t.includes(alias))),
  }));
}

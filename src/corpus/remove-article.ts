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
    } else if (attrs.kind === 'claim') {
      pruneClaimAliases(graph, key);
    }
  }
  resetClaimIndex(graph);
  return removed;
}

const LABEL_MAX = 80;

/**
 * Keeps the variant texts of a claim that some article still citing it actually contains; when the
 * claim's own wording came only from the removed article, a surviving variant takes its place.
 */
function pruneClaimAliases(graph: SourcetraceGraph, claim: string): void {
  const texts = new Set<string>();
  graph.forEachEdge(claim, (_e, attrs) => {
    for (const ev of attrs.evidence) {
      const article = graph.hasNode(ev.article) ? graph.getNodeAttributes(ev.article) : undefined;
      if (article?.kind === 'article') texts.add(article.text);
    }
  });
  const present = (s: string) => [...texts].some((t) => t.includes(s));
  graph.updateNodeAttributes(claim, (a) => {
    if (a.kind !== 'claim') return a;
    const aliases = a.aliases.filter(present);
    if (present(a.text) || aliases.length === 0) return { ...a, aliases };
    const [text, ...rest] = aliases as [string, ...string[]];
    const label = text.length <= LABEL_MAX ? text : `${text.slice(0, LABEL_MAX - 1).trimEnd()}…`;
    return { ...a, text, label, aliases: rest };
  });
}

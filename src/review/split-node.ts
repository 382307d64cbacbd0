import type { Evidence, NodeAttributes } from '../model';
import { upsertNode } from '../model';
import type { ReviewDecisionOf } from './decision-schema';
import { repointArticles } from './apply-merge';
import { moveEdge, type ReviewState } from './review-state';

type SplitParams = ReviewDecisionOf<'split'>['params'];

/**
 * Splits a wrongly merged node: a new node (same kind) takes the listed aliases, the listed edges whole,
 * and from every other edge the evidence found in the listed articles. Because it is stated in articles and
 * aliases, the split re-applies to a re-extraction that merges the two again. Returns a note on refusal.
 */
export function splitNode(state: ReviewState, node: string, params: SplitParams): string | undefined {
  const { graph } = state;
  if (!graph.hasNode(node)) return `node "${node}" is not in the graph`;
  if (params.key === node) return 'the new node needs a key of its own';
  const attrs = graph.getNodeAttributes(node);
  if (attrs.kind === 'article') return 'articles cannot be split';
  const moving = new Set(params.aliases ?? []);
  const fresh: NodeAttributes = { ...attrs, label: params.label, aliases: [...moving] };
  upsertNode(graph, params.key, fresh);
  const kept = attrs.aliases.filter((a) => !moving.has(a) && a !== params.label);
  graph.setNodeAttribute(node, 'aliases', kept);
  const articles = new Set(params.articles ?? []);
  const wholeEdges = new Set(params.edges ?? []);
  for (const edge of graph.edges(node)) {
    const source = graph.source(edge) === node ? params.key : graph.source(edge);
    const target = graph.target(edge) === node ? params.key : graph.target(edge);
    const evidence = graph.getEdgeAttribute(edge, 'evidence');
    const inArticles = evidence.filter((ev: Evidence) => articles.has(ev.article));
    const other = source === params.key ? target : source;
    const whole =
      wholeEdges.has(edge) ||
      (evidence.length > 0 && inArticles.length === evidence.length) ||
      (evidence.length === 0 && articles.has(other));
    if (whole) moveEdge(state, edge, { source, target });
    else if (inArticles.length > 0) moveEdge(state, edge, { source, target, evidence: inArticles });
  }
  if (attrs.kind === 'outlet') repointArticles(graph, node, params.key, articles);
  return undefined;
}

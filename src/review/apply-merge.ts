import type { SourcetraceGraph } from '../model';
import { upsertNode } from '../model';
import { moveEdge, type ReviewState } from './review-state';

/**
 * Merges nodes into the first key: aliases and fields unite (a merged node's label becomes an alias),
 * edges move over uniting their evidence, articles of a merged outlet follow it. If the survivor is not in
 * the graph (a re-extraction may lack it) the first present node takes its key. Returns a note on refusal.
 */
export function mergeNodes(state: ReviewState, keys: readonly string[]): string | undefined {
  const { graph } = state;
  const [keep, ...rest] = keys as [string, ...string[]];
  const present = keys.filter((k) => graph.hasNode(k));
  const first = present[0];
  if (first === undefined) return 'none of the nodes is in the graph';
  const kinds = new Set(present.map((k) => graph.getNodeAttribute(k, 'kind')));
  if (kinds.size > 1) return `nodes of different kinds (${[...kinds].sort().join(', ')}) cannot be merged`;
  if (kinds.has('article')) return 'articles cannot be merged';
  if (!graph.hasNode(keep)) graph.addNode(keep, { ...graph.getNodeAttributes(first) });
  for (const other of rest) {
    if (other === keep || !graph.hasNode(other)) continue;
    upsertNode(graph, keep, graph.getNodeAttributes(other));
    for (const edge of graph.edges(other)) {
      const source = graph.source(edge) === other ? keep : graph.source(edge);
      const target = graph.target(edge) === other ? keep : graph.target(edge);
      moveEdge(state, edge, { source, target });
    }
    repointArticles(graph, other, keep);
    graph.dropNode(other);
  }
  return undefined;
}

/** Articles name their outlet by key: keep that pointer on the surviving outlet. */
export function repointArticles(graph: SourcetraceGraph, from: string, to: string, only?: ReadonlySet<string>): void {
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'article' && attrs.outlet === from && (!only || only.has(key))) {
      graph.updateNodeAttributes(key, (current) => ({ ...current, outlet: to }));
    }
  });
}

import type { EdgeAttributes, NodeAttributes, SourcetraceGraph } from '../model';
import { edgeKey, mergeEdgeAttributes, upsertNode } from '../model';

/**
 * Folds node `from` into node `to` (same kind): `to` keeps its label and gains `from`'s names as
 * aliases — for claims, `from`'s full text, so wording drift stays visible — and every edge of `from`
 * is re-pointed to `to`, evidence uniting where the edge already exists. Edges that would loop are dropped.
 */
export function mergeNodeInto(graph: SourcetraceGraph, from: string, to: string): void {
  if (from === to || !graph.hasNode(from)) return;
  const attrs = graph.getNodeAttributes(from);
  const incoming: NodeAttributes = attrs.kind === 'claim' ? { ...attrs, label: attrs.text } : attrs;
  upsertNode(graph, to, incoming);
  const moved: { source: string; target: string; attrs: EdgeAttributes }[] = [];
  graph.forEachEdge(from, (_edge, e, source, target) => {
    const s = source === from ? to : source;
    const t = target === from ? to : target;
    if (s !== t) moved.push({ source: s, target: t, attrs: e });
  });
  const published = attrs.kind === 'outlet' ? graph.outNeighbors(from) : [];
  graph.dropNode(from);
  for (const { source, target, attrs: e } of moved) {
    const key = edgeKey(e.kind, source, target);
    if (graph.hasEdge(key)) graph.updateEdgeAttributes(key, (current) => mergeEdgeAttributes(current, e));
    else graph.addDirectedEdgeWithKey(key, source, target, { ...e, evidence: [...e.evidence] });
  }
  // Articles name their outlet by key: follow the rename.
  for (const key of published) {
    if (!graph.hasNode(key)) continue;
    graph.updateNodeAttributes(key, (a) => (a.kind === 'article' && a.outlet === from ? { ...a, outlet: to } : a));
  }
}

import type { EdgeAttributes, Evidence, NodeAttributes, SourcetraceGraph } from '../model';
import { edgeKey, mergeEdgeAttributes, unionEvidence, upsertNode } from '../model';

interface MovedEdge {
  source: string;
  target: string;
  attrs: EdgeAttributes;
  evidence: Evidence[][];
}

/** The names a folded node leaves on its representative: a claim's full text, otherwise its label. */
function namesOf(attrs: NodeAttributes): string[] {
  return [attrs.kind === 'claim' ? attrs.text : attrs.label, ...attrs.aliases];
}

/** Gathers the edges of `froms` re-pointed to `to`, grouped by their new key so each is written once. */
function collectEdges(graph: SourcetraceGraph, froms: ReadonlySet<string>, to: string): Map<string, MovedEdge> {
  const moved = new Map<string, MovedEdge>();
  for (const from of froms) {
    graph.forEachEdge(from, (_edge, e, source, target) => {
      const s = froms.has(source) ? to : source;
      const t = froms.has(target) ? to : target;
      if (s === t) return;
      const key = edgeKey(e.kind, s, t);
      const group = moved.get(key);
      if (!group) moved.set(key, { source: s, target: t, attrs: e, evidence: [e.evidence] });
      else {
        group.evidence.push(e.evidence);
        // The model's rule for cue and confidence; evidence is united once, by the caller.
        group.attrs = mergeEdgeAttributes(group.attrs, { ...e, evidence: [] });
      }
    });
  }
  return moved;
}

/**
 * Folds several nodes into `to` (same kind) in one pass: `to` keeps its label and gains their names as
 * aliases — for claims, their full texts, so wording drift stays visible — and every edge is re-pointed
 * to `to`, evidence uniting (once per edge, so a big cluster costs linear time). Loops are dropped.
 * Articles whose `outlet` named a folded outlet follow the rename.
 */
export function mergeNodesInto(graph: SourcetraceGraph, froms: Iterable<string>, to: string): void {
  const set = new Set([...froms].filter((f) => f !== to && graph.hasNode(f)));
  if (set.size === 0) return;
  const current = graph.getNodeAttributes(to);
  const names = [...set].flatMap((f) => namesOf(graph.getNodeAttributes(f)));
  upsertNode(graph, to, { ...current, aliases: names });
  const moved = collectEdges(graph, set, to);
  const published = [...set].flatMap((f) =>
    graph.getNodeAttribute(f, 'kind') === 'outlet' ? graph.outNeighbors(f) : [],
  );
  for (const f of set) graph.dropNode(f);
  for (const [key, { source, target, attrs, evidence }] of moved) {
    const incoming: EdgeAttributes = { ...attrs, evidence: unionEvidence(evidence.flat(), []) };
    if (graph.hasEdge(key)) graph.updateEdgeAttributes(key, (existing) => mergeEdgeAttributes(existing, incoming));
    else graph.addDirectedEdgeWithKey(key, source, target, incoming);
  }
  for (const key of published) {
    if (!graph.hasNode(key)) continue;
    graph.updateNodeAttributes(key, (a) => (a.kind === 'article' && set.has(a.outlet) ? { ...a, outlet: to } : a));
  }
}

/** Folds one node into another; see `mergeNodesInto`. */
export function mergeNodeInto(graph: SourcetraceGraph, from: string, to: string): void {
  mergeNodesInto(graph, [from], to);
}

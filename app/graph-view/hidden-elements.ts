import type { SourcetraceGraph } from '../../src/model';
import { neighbourhood } from '../../src/query';
import type { FilterState, Focus } from '../store';

/** What the filters hide. Filters never touch the graph: this set becomes Cytoscape classes. */
export interface HiddenElements {
  nodes: Set<string>;
  edges: Set<string>;
}

function articleHidden(graph: SourcetraceGraph, key: string, f: FilterState): boolean {
  const a = graph.getNodeAttributes(key);
  if (a.kind !== 'article') return false;
  if (a.outlet && f.hiddenOutlets.includes(a.outlet)) return true;
  const day = a.publishedAt?.slice(0, 10);
  if (!day) return false;
  return (f.dateFrom !== '' && day < f.dateFrom) || (f.dateTo !== '' && day > f.dateTo);
}

/** Hidden by its own attributes, before anything is inferred from its neighbours. */
function hiddenByItself(graph: SourcetraceGraph, key: string, f: FilterState): boolean {
  const a = graph.getNodeAttributes(key);
  if (f.hiddenNodeKinds.includes(a.kind)) return true;
  if (f.hideAnonymous && 'anonymous' in a && a.anonymous) return true;
  if (a.kind === 'outlet' && f.hiddenOutlets.includes(key)) return true;
  if (f.onlyDisputed && a.kind === 'claim') return !graph.someInEdge(key, (_e, ea) => ea.kind === 'disputes');
  return articleHidden(graph, key, f);
}

/** Nodes reached from `starts` by following visible edges (out-edges when `forward`, in-edges otherwise). */
function reach(graph: SourcetraceGraph, starts: string[], ok: (edge: string) => boolean, forward: boolean) {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    const visit = (edge: string, _a: unknown, source: string, target: string) => {
      const next = forward ? target : source;
      if (!seen.has(next) && ok(edge)) {
        seen.add(next);
        queue.push(next);
      }
    };
    if (forward) graph.forEachOutEdge(node, visit);
    else graph.forEachInEdge(node, visit);
  }
  return seen;
}

/**
 * Computes the hidden nodes and edges for a set of filters. When articles are filtered out (outlet or
 * date), sources and claims stay only if a visible article still leads to them, so "only this outlet"
 * shows that outlet's story; "only disputed" keeps disputed claims and whatever leads to them.
 */
export function hiddenElements(
  graph: SourcetraceGraph,
  f: FilterState,
  focus: Focus | null = null,
  expanded: readonly string[] = [],
): HiddenElements {
  const nodes = new Set<string>();
  graph.forEachNode((key) => {
    if (hiddenByItself(graph, key, f)) nodes.add(key);
  });
  const edgeOk = (e: string) =>
    !f.hiddenEdgeKinds.includes(graph.getEdgeAttribute(e, 'kind')) &&
    !nodes.has(graph.source(e)) &&
    !nodes.has(graph.target(e));
  const articleFiltered = f.hiddenOutlets.length > 0 || f.dateFrom !== '' || f.dateTo !== '';
  if (articleFiltered) {
    const visibleArticles = graph.filterNodes((k, a) => a.kind === 'article' && !nodes.has(k));
    const reached = reach(graph, visibleArticles, edgeOk, true);
    graph.forEachNode((k, a) => {
      if (a.kind !== 'article' && a.kind !== 'outlet' && !reached.has(k)) nodes.add(k);
    });
  }
  if (f.onlyDisputed) {
    const claims = graph.filterNodes((k, a) => a.kind === 'claim' && !nodes.has(k));
    const reached = reach(graph, claims, edgeOk, false);
    graph.forEachNode((k) => {
      if (!reached.has(k)) nodes.add(k);
    });
  }
  if (focus && graph.hasNode(focus.key)) hideOutsideFocus(graph, nodes, focus, expanded);
  const edges = new Set<string>();
  graph.forEachEdge((e) => {
    if (!edgeOk(e)) edges.add(e);
  });
  return { nodes, edges };
}

/** Focus: only the neighbourhood of the focused node, plus the neighbours of expanded nodes, stays. */
function hideOutsideFocus(graph: SourcetraceGraph, hidden: Set<string>, focus: Focus, expanded: readonly string[]) {
  const keep = new Set(neighbourhood(graph, focus.key, focus.hops).nodes);
  for (const key of expanded) {
    if (!graph.hasNode(key)) continue;
    keep.add(key);
    graph.forEachNeighbor(key, (n) => keep.add(n));
  }
  graph.forEachNode((k) => {
    if (!keep.has(k)) hidden.add(k);
  });
}

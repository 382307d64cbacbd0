import type { NodeAttributesOf, NodeKind, SourcetraceGraph } from '../model';

/** Keys of every node of one kind, sorted so callers get a stable order. */
export function nodesByKind(graph: SourcetraceGraph, kind: NodeKind): string[] {
  return graph.filterNodes((_key, attrs) => attrs.kind === kind).sort();
}

/** Node keys of one kind with their (narrowed) attributes, in key order. */
export function nodeEntriesByKind<K extends NodeKind>(
  graph: SourcetraceGraph,
  kind: K,
): { key: string; attributes: NodeAttributesOf<K> }[] {
  return nodesByKind(graph, kind).map((key) => ({
    key,
    attributes: graph.getNodeAttributes(key) as NodeAttributesOf<K>,
  }));
}

/**
 * The outlet that published an article: its `outlet` attribute when that names a node of the graph,
 * otherwise the source of an incoming `publishes` edge; null when neither is known.
 */
export function outletOf(graph: SourcetraceGraph, articleKey: string): string | null {
  if (!graph.hasNode(articleKey)) return null;
  const attrs = graph.getNodeAttributes(articleKey);
  if (attrs.kind !== 'article') return null;
  if (attrs.outlet && graph.hasNode(attrs.outlet)) return attrs.outlet;
  let found: string | null = null;
  graph.forEachInEdge(articleKey, (_edge, edgeAttrs, source) => {
    if (found === null && edgeAttrs.kind === 'publishes') found = source;
  });
  return found ?? (attrs.outlet || null);
}

/** Articles an outlet published (via `publishes` edges or the articles' `outlet` attribute), sorted. */
export function articlesByOutlet(graph: SourcetraceGraph, outletKey: string): string[] {
  const out = new Set<string>();
  if (graph.hasNode(outletKey)) {
    graph.forEachOutEdge(outletKey, (_edge, attrs, _source, target) => {
      if (attrs.kind === 'publishes') out.add(target);
    });
  }
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'article' && attrs.outlet === outletKey) out.add(key);
  });
  return [...out].sort();
}

/**
 * What one outlet contributes to the graph: the outlet, its articles and every node those articles
 * point at (sources cited, claims reported, entities mentioned). Sorted keys.
 */
export function nodesByOutlet(graph: SourcetraceGraph, outletKey: string): string[] {
  const out = new Set<string>();
  if (graph.hasNode(outletKey)) out.add(outletKey);
  for (const article of articlesByOutlet(graph, outletKey)) {
    out.add(article);
    graph.forEachOutNeighbor(article, (neighbour) => out.add(neighbour));
  }
  return [...out].sort();
}

import type { SourcetraceGraph } from '../../src/model';

/** Counts shown for a node: how it sits in the attribution graph. */
export interface NodeCounts {
  /** Incoming `cites` edges: how many articles/outlets attribute information to it. */
  citedBy: number;
  /** Outgoing `cites` edges. */
  cites: number;
  /** Distinct articles: published (outlet), reporting it (claim), or whose sentences attest its edges. */
  articles: number;
  /** Claims it asserts, disputes or supports. */
  claims: number;
}

export function nodeCounts(graph: SourcetraceGraph, key: string): NodeCounts {
  let citedBy = 0;
  let cites = 0;
  let claims = 0;
  const articles = new Set<string>();
  graph.forEachInEdge(key, (_e, a) => {
    if (a.kind === 'cites') citedBy++;
    if (a.kind === 'publishes' || a.kind === 'reports') return;
    for (const ev of a.evidence) articles.add(ev.article);
  });
  graph.forEachOutEdge(key, (_e, a, _s, target) => {
    if (a.kind === 'cites') cites++;
    if (a.kind === 'publishes') articles.add(target);
    if (a.kind === 'asserts' || a.kind === 'disputes' || a.kind === 'supports') claims++;
  });
  if (graph.getNodeAttribute(key, 'kind') === 'claim') {
    graph.forEachInEdge(key, (_e, a, source) => {
      if (a.kind === 'reports') articles.add(source);
    });
  }
  return { citedBy, cites, articles: articles.size, claims };
}

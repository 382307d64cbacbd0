import type { SourcetraceGraph } from '../model';
import type { StanceEdge } from './chain-types';
import type { ClaimPaths } from './claim-paths';

/**
 * The graph edges behind a claim's {@link ClaimPaths}, for what a reader wants beside the chain: the
 * evidence of each step, where each article on a path reports the claim, and the sentence of each dispute.
 * The chain itself (nodes, order, primary sources, disputers) is the paths'; this only reads the graph.
 */
export interface ClaimPathEdges {
  /** Parallel to `paths`: for each node, the edge its step walked; null for a path's first node. */
  steps: (string | null)[][];
  /** The `reports` edge into the claim of each article on a path, in path order. */
  reports: { article: string; edge: string }[];
  /**
   * The `disputes` edges of the paths' disputers and every `supports` edge aimed at the claim or at a node on
   * its paths, in edge-key order.
   */
  stances: StanceEdge[];
}

/**
 * The edge a step from `from` to `to` walked: a citation or an outlet's article (`cites`, `publishes`,
 * pointing from → to), or an author or asserter reached against the edge's direction (`authored`,
 * `asserts`, pointing to → from). Between two nodes the step's cue tells such edges apart; null if none.
 */
export function stepEdge(graph: SourcetraceGraph, from: string, to: string, cue: string | null): string | null {
  const found: { edge: string; cue: string | null }[] = [];
  graph.forEachOutEdge(from, (edge, a, _s, target) => {
    if (target === to && (a.kind === 'cites' || a.kind === 'publishes')) found.push({ edge, cue: a.cue ?? null });
  });
  graph.forEachOutEdge(to, (edge, a, _s, target) => {
    if (target === from && (a.kind === 'authored' || a.kind === 'asserts')) found.push({ edge, cue: a.cue ?? null });
  });
  return (found.find((f) => f.cue === cue) ?? found[0])?.edge ?? null;
}

/** Reads the edges behind `traced` (what {@link claimPaths} returned for its claim) from the graph. */
export function claimPathEdges(graph: SourcetraceGraph, traced: ClaimPaths): ClaimPathEdges {
  const steps = traced.paths.map((path) =>
    path.map((node, i) => (i === 0 ? null : stepEdge(graph, path[i - 1]!.key, node.key, node.cue))),
  );
  const onPaths = new Set(traced.paths.flat().map((n) => n.key));
  const reports: ClaimPathEdges['reports'] = [];
  for (const article of onPaths) {
    if (graph.getNodeAttribute(article, 'kind') !== 'article') continue;
    const edge = graph.findOutEdge(article, traced.key, (_e, a) => a.kind === 'reports');
    if (edge) reports.push({ article, edge });
  }
  const disputers = new Set(traced.disputedBy.map((d) => d.key));
  const stances: StanceEdge[] = [];
  for (const target of new Set([traced.key, ...onPaths])) {
    graph.forEachInEdge(target, (edge, a, source) => {
      if (a.kind !== 'disputes' && a.kind !== 'supports') return;
      if (a.kind === 'disputes' && !disputers.has(source)) return;
      stances.push({ edge, kind: a.kind, source, target, cue: a.cue });
    });
  }
  stances.sort((a, b) => (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
  return { steps, reports, stances };
}

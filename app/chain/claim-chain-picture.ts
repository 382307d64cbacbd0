import type { SourcetraceGraph } from '../../src/model';
import { claimPathEdges, claimPaths } from '../../src/query';
import { assemblePicture, type ChainPicture, type ChainStep, type DrawnHop } from './chain-picture';

/**
 * A claim's chain as the chain view shows it. What the chain is — each path from a publishing outlet to a
 * primary source, the primary sources and who disputes it — is {@link claimPaths}', the query
 * `sourcetrace trace`, the trust panel and the dossier use too. The graph is read only for what the paths
 * do not say: the edge behind each step (its evidence), where each article on a path reports the claim,
 * and the edges of the disputes. Pure: the graph is only read.
 */
export function claimChainPicture(graph: SourcetraceGraph, claim: string): ChainPicture {
  const traced = claimPaths(graph, claim);
  const edges = claimPathEdges(graph, traced);
  const status = new Map(traced.primary.map((p) => [p.key, p.status]));
  const paths = traced.paths.map((path, i) =>
    path.map((node, j): ChainStep => {
      const edge = edges.steps[i]?.[j] ?? null;
      const edgeKind = edge ? graph.getEdgeAttribute(edge, 'kind') : null;
      return { ...node, edge, edgeKind, primary: status.get(node.key) ?? null };
    }),
  );
  const hops: DrawnHop[] = edges.reports.map((r) => ({
    edge: r.edge,
    from: r.article,
    to: claim,
    kind: 'reports',
    cue: undefined,
  }));
  for (const path of paths) {
    path.forEach((node, j) => {
      const from = path[j - 1];
      if (!node.edge || !node.edgeKind || !from) return;
      hops.push({ edge: node.edge, from: from.key, to: node.key, kind: node.edgeKind, cue: node.cue ?? undefined });
    });
  }
  const stances = edges.stances.map((s) => ({ ...s, cue: s.cue ?? '' }));
  for (const s of stances) hops.push({ edge: s.edge, from: s.source, to: s.target, kind: s.kind, cue: s.cue });
  return assemblePicture(graph, {
    root: claim,
    hops,
    nodes: [...paths.flat().map((n) => n.key), ...traced.primary.map((p) => p.key)],
    paths,
    primaries: traced.primary.map((p) => ({ key: p.key, status: p.status })),
    disputers: traced.disputedBy.map((d) => d.key),
    stances,
    reporters: edges.reports.map((r) => r.article),
  });
}

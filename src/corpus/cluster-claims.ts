import type { SourcetraceGraph } from '../model';
import { ClaimIndex } from './claim-index';
import { mergeNodesInto } from './merge-nodes';

// One index per graph, so incremental imports compare new claims with everything already loaded.
const indexes = new WeakMap<SourcetraceGraph, ClaimIndex>();

/** Forgets a graph's claim index (after edits that remove claims); the next clustering rebuilds it. */
export function resetClaimIndex(graph: SourcetraceGraph): void {
  indexes.delete(graph);
}

function indexFor(graph: SourcetraceGraph): { index: ClaimIndex; fresh: boolean } {
  const existing = indexes.get(graph);
  if (existing) return { index: existing, fresh: false };
  const index = new ClaimIndex();
  indexes.set(graph, index);
  return { index, fresh: true };
}

/**
 * Clusters near-duplicate claims: each claim in `keys` (default: every claim, in key order) that says
 * the same as an earlier representative is folded into it — edges re-pointed, its text kept as an
 * alias. Returns how many claims were folded. The measure and threshold are in `claim-similarity.ts`.
 */
export function clusterClaims(graph: SourcetraceGraph, keys?: Iterable<string>): number {
  const { index, fresh } = indexFor(graph);
  // A fresh index must first see the claims already in the graph, or new ones could not join them.
  const todo = fresh || keys === undefined ? graph.filterNodes((_k, a) => a.kind === 'claim').sort() : [...keys];
  // Assign first, fold after: each cluster is then folded in one pass, not once per member.
  const clusters = new Map<string, string[]>();
  for (const key of todo) {
    if (!graph.hasNode(key)) continue;
    const attrs = graph.getNodeAttributes(key);
    if (attrs.kind !== 'claim') continue;
    const rep = index.assign(key, attrs.text, (candidate) => graph.hasNode(candidate));
    if (rep === undefined || rep === key) continue;
    const members = clusters.get(rep);
    if (members) members.push(key);
    else clusters.set(rep, [key]);
  }
  let folded = 0;
  for (const [rep, members] of clusters) {
    mergeNodesInto(graph, members, rep);
    folded += members.length;
  }
  return folded;
}

/**
 * Folds an article graph's claims into the corpus graph's representatives before the article is
 * merged: its edges then land on the representative directly, which costs far less than merging
 * and re-pointing afterwards. Same index and order as `clusterClaims`. Returns how many were folded.
 */
export function foldIncomingClaims(graph: SourcetraceGraph, incoming: SourcetraceGraph): number {
  if (indexFor(graph).fresh) clusterClaims(graph);
  const { index } = indexFor(graph);
  const live = (key: string) => graph.hasNode(key) || incoming.hasNode(key);
  let folded = 0;
  for (const key of incoming.filterNodes((_k, a) => a.kind === 'claim')) {
    const attrs = incoming.getNodeAttributes(key);
    if (attrs.kind !== 'claim') continue;
    const rep = index.assign(key, attrs.text, live);
    if (rep === undefined || rep === key) continue;
    if (!incoming.hasNode(rep)) incoming.addNode(rep, { ...graph.getNodeAttributes(rep), aliases: [] });
    mergeNodesInto(incoming, [key], rep);
    folded++;
  }
  return folded;
}

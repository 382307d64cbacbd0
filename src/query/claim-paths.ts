import type { NodeKind, SourcetraceGraph } from '../model';
import type { CitationChain, PrimaryStatus } from './chain-types';
import { primaryStatus } from './citation-chain';
import { claimTraces, type ClaimTraces } from './trust/claim-traces';

/** A node on a path, as a reader (or a script) needs it. */
export interface PathNode {
  key: string;
  kind: NodeKind;
  label: string;
  aliases: string[];
  anonymous: boolean;
  /** The cue of the step that reached this node ("said", "according to"); null for the first node. */
  cue: string | null;
}

export interface ClaimPaths {
  key: string;
  text: string;
  /** Each from a publishing outlet (first) through its article to a primary source (last). */
  paths: PathNode[][];
  primary: { key: string; kind: NodeKind; label: string; status: PrimaryStatus }[];
  disputedBy: { key: string; kind: NodeKind; label: string }[];
}

function claimText(graph: SourcetraceGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return a.kind === 'claim' ? a.text : a.label;
}

function pathNode(graph: SourcetraceGraph, key: string, cue?: string): PathNode {
  const a = graph.getNodeAttributes(key);
  const anonymous = 'anonymous' in a && a.anonymous === true;
  return { key, kind: a.kind, label: a.label, aliases: [...a.aliases], anonymous, cue: cue ?? null };
}

/**
 * The paths of one trace: from its root along the first step that reached each node (breadth first, so the
 * shortest) to each primary source.
 */
function tracePaths(graph: SourcetraceGraph, chain: CitationChain): PathNode[][] {
  const reachedBy = new Map<string, { from: string; cue: string | undefined }>();
  for (const hop of chain.hops) if (!reachedBy.has(hop.to)) reachedBy.set(hop.to, { from: hop.from, cue: hop.cue });
  return chain.primarySources.map((p) => {
    const path: PathNode[] = [];
    let at: string | undefined = p.key;
    // Hops form a tree from the root; the bound guards against a malformed graph.
    for (let i = 0; at !== undefined && i <= chain.nodes.length; i++) {
      const step = reachedBy.get(at);
      path.unshift(pathNode(graph, at, step?.cue));
      at = at === chain.root ? undefined : step?.from;
    }
    return path;
  });
}

/**
 * Where a claim came from, as paths a reader can follow: for each article that reports it, from the article's
 * outlet through the article, the claim and who is said to say it, to each primary source; the primary
 * sources with their status, and who disputes the claim or a node on its chains. Pass `traces` when the
 * claim's traces are already computed (the trust signals share them).
 */
export function claimPaths(
  graph: SourcetraceGraph,
  claimKey: string,
  traces: ClaimTraces = claimTraces(graph, claimKey),
): ClaimPaths {
  const paths: PathNode[][] = [];
  const seen = new Set<string>();
  for (const { reporter, chain } of traces.traces) {
    for (const path of tracePaths(graph, chain)) {
      const full = reporter.outlet ? [pathNode(graph, reporter.outlet), ...path] : path;
      const id = full.map((n) => n.key).join(' ');
      if (!seen.has(id)) paths.push(full);
      seen.add(id);
    }
  }
  const chains = [traces.claimChain, ...traces.traces.map((t) => t.chain)];
  const primary = new Map<string, ClaimPaths['primary'][number]>();
  const disputers = new Map<string, ClaimPaths['disputedBy'][number]>();
  for (const chain of chains) {
    for (const p of chain.primarySources) {
      const a = graph.getNodeAttributes(p.key);
      primary.set(p.key, { key: p.key, kind: a.kind, label: a.label, status: primaryStatus(a) });
    }
    for (const s of chain.stances) {
      if (s.kind !== 'disputes') continue;
      const a = graph.getNodeAttributes(s.source);
      disputers.set(s.source, { key: s.source, kind: a.kind, label: a.label });
    }
  }
  const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return {
    key: claimKey,
    text: claimText(graph, claimKey),
    paths,
    primary: [...primary.values()].sort(byKey),
    disputedBy: [...disputers.values()].sort(byKey),
  };
}

/** Claims whose text contains `query`, case-insensitively, in key order. */
export function findClaims(graph: SourcetraceGraph, query: string): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return graph.filterNodes((_k, a) => a.kind === 'claim' && a.text.toLowerCase().includes(q)).sort();
}

import type { NodeAttributes, SourcetraceGraph } from '../model';
import { SourcetraceError } from '../model';
import type {
  ChainHop,
  CitationChain,
  CitationChainOptions,
  PrimarySource,
  PrimaryStatus,
  StanceEdge,
} from './chain-types';
import { prepareScope } from './trace-context';
import type { Arrival, TraceContext } from './trace-types';
import { upstreamSteps } from './upstream-steps';

/** Deepest ring a trace explores unless told otherwise (shared with walks that must match it). */
export const DEFAULT_MAX_DEPTH = 16;
/** Most hops a trace records unless told otherwise. */
export const DEFAULT_MAX_HOPS = 10_000;

/**
 * Traces where the information at `key` (a claim, article or outlet) came from, breadth first, down to the
 * primary sources: nodes the trace reached that attribute it to nothing further.
 *
 * From a claim: the sources that assert it, then what those cite, the authors of documents, and the
 * articles of cited outlets that report the claim. From an article: every source it cites, then onward.
 * From an outlet: its outlet-level citations and its articles. Claim roots are traced scoped to the claim
 * (see {@link upstreamSteps}); pass `options.scope` to scope an article or outlet trace to claims.
 * Each edge is walked once and each node expanded once, so cycles end; `maxDepth`/`maxHops` bound the work.
 */
export function citationChain(graph: SourcetraceGraph, key: string, options: CitationChainOptions = {}): CitationChain {
  if (!graph.hasNode(key)) throw new SourcetraceError('query/citation-chain', `no node "${key}"`);
  const rootKind = graph.getNodeAttribute(key, 'kind');
  const prepared = options.prepared ?? prepareScope(graph, options.scope ?? (rootKind === 'claim' ? [key] : []));
  const ctx: TraceContext = { ...prepared, root: key };
  const scope = [...prepared.scope];
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxHops = options.maxHops ?? DEFAULT_MAX_HOPS;

  const queue: Arrival[] = [{ node: key, depth: 0, via: null, from: null }];
  const seenNodes = new Set([key]);
  const seenEdges = new Set<string>();
  const hops: ChainHop[] = [];
  const primarySources: PrimarySource[] = [];
  let truncated = false;

  walk: for (const at of queue) {
    const steps = upstreamSteps(ctx, at);
    if (steps.length === 0) {
      if (at.node !== key) primarySources.push(primaryOf(graph.getNodeAttributes(at.node), at));
      continue;
    }
    if (at.depth >= maxDepth) {
      truncated = true;
      continue;
    }
    for (const s of steps) {
      if (seenEdges.has(s.edge)) continue;
      if (hops.length >= maxHops) {
        truncated = true;
        break walk;
      }
      seenEdges.add(s.edge);
      hops.push({ from: at.node, to: s.next, edge: s.edge, kind: s.kind, cue: s.cue, depth: at.depth + 1 });
      if (seenNodes.has(s.next)) continue;
      seenNodes.add(s.next);
      queue.push({ node: s.next, depth: at.depth + 1, via: s.evidence, from: at.node });
    }
  }
  const nodes = queue.map((a) => a.node);
  primarySources.sort((a, b) => a.depth - b.depth || (a.key < b.key ? -1 : 1));
  return { root: key, scope, hops, nodes, primarySources, stances: stancesOn(graph, scope, nodes), truncated };
}

/** How checkable a primary source is. */
export function primaryStatus(attrs: NodeAttributes): PrimaryStatus {
  if (attrs.kind === 'document') return 'document';
  if ((attrs.kind === 'person' || attrs.kind === 'organization') && attrs.anonymous) return 'anonymous';
  return 'named';
}

function primaryOf(attrs: NodeAttributes, at: Arrival): PrimarySource {
  return { key: at.node, kind: attrs.kind, status: primaryStatus(attrs), depth: at.depth };
}

/** `disputes`/`supports` edges aimed at the scope claims or at any node of the chain, in key order. */
function stancesOn(graph: SourcetraceGraph, scope: readonly string[], nodes: readonly string[]): StanceEdge[] {
  const out = new Map<string, StanceEdge>();
  for (const target of new Set([...scope, ...nodes])) {
    if (!graph.hasNode(target)) continue;
    graph.forEachInEdge(target, (edge, attrs, source) => {
      if (attrs.kind !== 'disputes' && attrs.kind !== 'supports') return;
      out.set(edge, { edge, kind: attrs.kind, source, target, cue: attrs.cue });
    });
  }
  return [...out.values()].sort((a, b) => (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0));
}

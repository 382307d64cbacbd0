import type { EdgeKind, NodeKind } from '../model';
import type { ClaimScope } from './trace-types';

/**
 * One step of a citation chain, in tracing order: `from` is the node nearer the start (downstream),
 * `to` the node one step nearer the origin of the information (upstream). The graph edge itself may point
 * either way (`asserts` and `authored` are walked against their direction).
 */
export interface ChainHop {
  from: string;
  to: string;
  /** Key of the graph edge walked. */
  edge: string;
  kind: EdgeKind;
  cue: string | undefined;
  /** 1 for the hops leaving the start node, 2 for the next ring, … */
  depth: number;
}

/** How a primary source can be checked: a document, a named person/organisation/outlet, or nobody nameable. */
export type PrimaryStatus = 'document' | 'named' | 'anonymous';

export interface PrimarySource {
  key: string;
  kind: NodeKind;
  status: PrimaryStatus;
  /** Depth at which the trace first reached it. */
  depth: number;
}

/** A `disputes` or `supports` edge aimed at the traced claim(s) or at a node on the chain. */
export interface StanceEdge {
  edge: string;
  kind: 'disputes' | 'supports';
  source: string;
  target: string;
  cue: string | undefined;
}

export interface CitationChain {
  root: string;
  /** Claims the trace is restricted to (empty: unrestricted). */
  scope: string[];
  hops: ChainHop[];
  /** Every node reached, the root first, in breadth-first order. */
  nodes: string[];
  /** Nodes reached that attribute the information to nothing further, sorted by depth then key. */
  primarySources: PrimarySource[];
  stances: StanceEdge[];
  /** True when a depth or hop bound stopped the trace before it ran out of sources. */
  truncated: boolean;
}

export interface CitationChainOptions {
  /** Restrict the trace to what supports these claims. Default: the root claim, or the claims a root article reports. */
  scope?: readonly string[];
  /** A scope prepared once for many traces; takes the place of `scope`. */
  prepared?: ClaimScope;
  /** Deepest ring explored. Default 16. */
  maxDepth?: number;
  /** Most hops recorded. Default 10 000. */
  maxHops?: number;
}

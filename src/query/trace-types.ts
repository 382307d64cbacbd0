import type { EdgeKind, Evidence, SourcetraceGraph } from '../model';
import type { MoveEdges } from './move-edges';

// The types a trace passes between its modules (trace-context prepares them, upstream-steps moves on
// them, citation-chain walks), here so that none of those modules needs another's types.

/**
 * What a claim-scoped trace needs to know about its claims. Prepare it once with {@link prepareScope} and
 * pass it to many traces of the same claims (e.g. one per reporting article); it is stale once the graph changes.
 */
export interface ClaimScope {
  graph: SourcetraceGraph;
  scope: ReadonlySet<string>;
  /** Sources with an `asserts` edge into a scope claim → that edge's evidence (where they are said to say it). */
  asserters: ReadonlyMap<string, Evidence[]>;
  /** Sources that dispute a scope claim and assert none: never its source, however near they are cited. */
  disputers: ReadonlySet<string>;
  /** Outlet → its articles that report a scope claim. */
  reportingArticles: ReadonlyMap<string, string[]>;
  /** Article → evidence spans of its `reports` edges into scope claims (where it states the claim). */
  reportSpans: ReadonlyMap<string, Evidence[]>;
  /** An article's moves depend only on the scope, so traces sharing the scope share them. */
  articleSteps: Map<string, Step[]>;
  /** The edges traces move along, per node; may be shared by the scopes of one question about one graph. */
  moves: MoveEdges;
}

/** A scope plus the node a trace starts from. */
export interface TraceContext extends ClaimScope {
  root: string;
}

/** A node the trace stands on, and how it got there. */
export interface Arrival {
  node: string;
  depth: number;
  /** Where the statement that brought the trace here was found (null at the root). */
  via: readonly Evidence[] | null;
  /** The node the trace came from (null at the root). */
  from: string | null;
}

/** One possible move upstream from a node. */
export interface Step {
  edge: string;
  kind: EdgeKind;
  next: string;
  cue: string | undefined;
  /** Where the next node's statement is: its assertion of a scope claim if it has one, else this edge's evidence. */
  evidence: Evidence[];
}

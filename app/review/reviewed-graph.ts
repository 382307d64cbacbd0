import type { SourcetraceGraph } from '../../src/model';
import { applyReview, type ReviewDecision, type ReviewedGraph } from '../../src/review';

interface Cached {
  version: number;
  decisions: readonly ReviewDecision[];
  result: ReviewedGraph;
}

// One entry per extracted graph object: the store replaces the graph on every import, so old entries go
// with their graph. The version is part of the key because graphology mutates in place.
const cache = new WeakMap<SourcetraceGraph, Cached>();

const unreviewed = (graph: SourcetraceGraph): ReviewedGraph => ({
  graph,
  accepted: new Set(),
  rejected: new Set(),
  outcomes: [],
});

/**
 * The reviewed graph for an extracted graph at a version and a decision list: what the app draws.
 * Derived, never stored: the extracted graph stays as built, so undoing a decision brings its edge back
 * and re-importing an article comes back reviewed. Without decisions it is the extracted graph itself.
 * Memoised on (graph, version, decisions) identity, so selectors can call it on every store change.
 */
export function reviewedGraph(
  graph: SourcetraceGraph,
  version: number,
  decisions: readonly ReviewDecision[],
): ReviewedGraph {
  const hit = cache.get(graph);
  if (hit && hit.version === version && hit.decisions === decisions) return hit.result;
  const result = decisions.length === 0 ? unreviewed(graph) : applyReview(graph, decisions);
  cache.set(graph, { version, decisions, result });
  return result;
}

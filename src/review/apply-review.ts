import type { SourcetraceGraph } from '../model';
import { unionAliases } from '../model';
import type { ReviewAction, ReviewDecision } from './decision-schema';
import { mergeNodes } from './apply-merge';
import { moveEdge, type ReviewState } from './review-state';
import { splitNode } from './split-node';

/** What became of one decision when applied. */
export interface DecisionOutcome {
  id: string;
  action: ReviewAction;
  applied: boolean;
  /** Why it did not apply (its target is not in this graph, …). Kept, so it applies again if the target returns. */
  note?: string;
}

export interface ReviewedGraph {
  graph: SourcetraceGraph;
  /** Edge keys accepted, as they are in `graph`. */
  accepted: Set<string>;
  /** Edge keys rejected (absent from `graph`). */
  rejected: Set<string>;
  outcomes: DecisionOutcome[];
}

/**
 * Produces the reviewed graph from the extracted one by replaying the decisions in order, on a copy.
 * Deterministic: the same extracted graph and decisions always give the same result, so a re-extraction
 * (which yields the same deterministic keys) comes back reviewed: rejected edges stay out, merged nodes
 * stay merged. A decision whose target is missing is skipped with a note, not dropped.
 */
export function applyReview(extracted: SourcetraceGraph, decisions: readonly ReviewDecision[]): ReviewedGraph {
  const state: ReviewState = { graph: extracted.copy(), accepted: new Set(), rejected: new Set() };
  const outcomes = decisions.map((d): DecisionOutcome => {
    const note = applyDecision(state, d);
    return note === undefined
      ? { id: d.id, action: d.action, applied: true }
      : { id: d.id, action: d.action, applied: false, note };
  });
  return { ...state, outcomes };
}

function applyDecision(state: ReviewState, d: ReviewDecision): string | undefined {
  const { graph } = state;
  const [first] = d.target as [string];
  switch (d.action) {
    case 'merge':
      return mergeNodes(state, d.target);
    case 'split':
      return splitNode(state, first, d.params);
    case 'rename':
      if (!graph.hasNode(first)) return `node "${first}" is not in the graph`;
      graph.updateNodeAttributes(first, (attrs) => ({
        ...attrs,
        label: d.params.label,
        aliases: unionAliases(attrs.aliases, [attrs.label], d.params.label),
      }));
      return undefined;
    case 'reject':
      state.rejected.add(first);
      state.accepted.delete(first);
      if (graph.hasEdge(first)) graph.dropEdge(first);
      return undefined;
    default:
      if (!graph.hasEdge(first)) return `edge "${first}" is not in the graph`;
      if (d.action === 'accept') state.accepted.add(first);
      else if (d.action === 'set-kind') moveEdge(state, first, { kind: d.params.kind });
      else if (!graph.hasNode(d.params.node)) return `node "${d.params.node}" is not in the graph`;
      else moveEdge(state, first, { [d.params.end]: d.params.node });
      return undefined;
  }
}

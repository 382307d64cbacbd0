import type { EdgeAttributes, EdgeKind, Evidence, SourcetraceGraph } from '../model';
import { edgeKey, mergeEdgeAttributes, unionEvidence } from '../model';

/** The graph being reviewed and what reviewers said about its edges so far. */
export interface ReviewState {
  graph: SourcetraceGraph;
  /** Edge keys a reviewer accepted (they follow their edge through re-keying). */
  accepted: Set<string>;
  /** Edge keys a reviewer rejected: no later decision may bring them back. */
  rejected: Set<string>;
}

export interface EdgeChange {
  kind?: EdgeKind;
  source?: string;
  target?: string;
  /** Move only this evidence (the rest stays on the old edge); default: the whole edge moves. */
  evidence?: Evidence[];
}

/**
 * Re-keys an edge after its kind or an end changed: the edge is rebuilt under its new deterministic key
 * (uniting evidence with an edge already there). Self-loops and rejected keys are dropped. Returns the
 * new key, or null when nothing remains.
 */
export function moveEdge(state: ReviewState, edge: string, change: EdgeChange): string | null {
  const { graph } = state;
  const attrs = graph.getEdgeAttributes(edge);
  const source = change.source ?? graph.source(edge);
  const target = change.target ?? graph.target(edge);
  const kind = change.kind ?? attrs.kind;
  const moved = change.evidence ?? attrs.evidence;
  const whole = change.evidence === undefined;
  if (whole) graph.dropEdge(edge);
  else
    graph.setEdgeAttribute(
      edge,
      'evidence',
      attrs.evidence.filter((ev) => !moved.includes(ev)),
    );
  if (source === target || state.rejected.has(`${kind}|${source}|${target}`)) {
    state.accepted.delete(edge);
    return null;
  }
  // Every attribute travels (cue, confidence and any the model grows later); evidence unites on arrival.
  const incoming: EdgeAttributes = { ...attrs, kind, evidence: unionEvidence(moved, []) };
  const next = edgeKey(kind, source, target);
  if (graph.hasEdge(next)) graph.updateEdgeAttributes(next, (current) => mergeEdgeAttributes(current, incoming));
  else graph.addDirectedEdgeWithKey(next, source, target, incoming);
  if (whole && state.accepted.delete(edge)) state.accepted.add(next);
  return next;
}

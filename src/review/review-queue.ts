import type { EdgeKind, Evidence, SourcetraceGraph } from '../model';
import { EVIDENCED_EDGE_KINDS } from '../model';
import { MoveEdges, claimTraceEdges, evidenceSentence, nodesByKind } from '../query';

/** One edge waiting for a reviewer. */
export interface QueueItem {
  edge: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** Absent on hand-authored edges, which are trusted (they sort last). */
  confidence: number | undefined;
  /** How many claims' chains (the claim's own or a reporter's trace of it) walk this edge. */
  chains: number;
  /** Higher first: (1 − confidence) × (1 + log2(1 + chains)). */
  priority: number;
  evidence: Evidence[];
  /** The sentence of the first evidence span, for showing beside the item (plain text), or null. */
  sentence: string | null;
}

export interface ReviewQueueOptions {
  /** Edges already decided on (accepted); rejected ones are no longer in the reviewed graph. */
  accepted?: ReadonlySet<string>;
  /** Return at most this many items (default: all). */
  limit?: number;
}

/** How many claims' chains walk each edge: the consequence of getting that edge wrong. */
export function chainCounts(graph: SourcetraceGraph): Map<string, number> {
  const counts = new Map<string, number>();
  const moves = new MoveEdges(graph);
  for (const claim of nodesByKind(graph, 'claim')) {
    for (const edge of claimTraceEdges(graph, claim, moves)) counts.set(edge, (counts.get(edge) ?? 0) + 1);
  }
  return counts;
}

/**
 * The review queue: evidenced edges not yet accepted, least confident and most consequential first.
 * Priority weighs doubt by reach, so a shaky edge that many chains rest on comes before an equally shaky
 * dead end; ties go to the lower confidence, then the edge key (a stable order).
 */
export function reviewQueue(graph: SourcetraceGraph, options: ReviewQueueOptions = {}): QueueItem[] {
  const counts = chainCounts(graph);
  const items: QueueItem[] = [];
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!EVIDENCED_EDGE_KINDS.includes(attrs.kind) || options.accepted?.has(edge)) return;
    const chains = counts.get(edge) ?? 0;
    const doubt = 1 - (attrs.confidence ?? 1);
    const priority = doubt * (1 + Math.log2(1 + chains));
    const { kind, confidence, evidence } = attrs;
    items.push({ edge, kind, source, target, confidence, chains, priority, evidence, sentence: null });
  });
  items.sort(
    (a, b) =>
      b.priority - a.priority ||
      (a.confidence ?? 1) - (b.confidence ?? 1) ||
      b.chains - a.chains ||
      (a.edge < b.edge ? -1 : a.edge > b.edge ? 1 : 0),
  );
  const shown = options.limit === undefined ? items : items.slice(0, options.limit);
  for (const item of shown) {
    const first = item.evidence[0];
    item.sentence = first ? (evidenceSentence(graph, first)?.sentence ?? null) : null;
  }
  return shown;
}

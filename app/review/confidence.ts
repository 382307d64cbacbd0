import type { SourcetraceGraph } from '../../src/model';

/** Edges the extractor is less sure of than this are drawn faded and dashed. */
export const LOW_CONFIDENCE = 0.6;

/** The Cytoscape class marking a low-confidence edge (styled in canvas/stylesheet.ts). */
export const LOW_CONFIDENCE_CLASS = 'low-confidence';

/** True for an extracted edge below {@link LOW_CONFIDENCE}; hand-authored edges (no confidence) are trusted. */
export function isLowConfidence(confidence: number | undefined): boolean {
  return confidence !== undefined && confidence < LOW_CONFIDENCE;
}

/**
 * Edges whose confidence is below `min`, for the threshold slider. Edges without a confidence were
 * authored by hand (or are structural, like `publishes`) and are never hidden by it.
 */
export function edgesBelowConfidence(graph: SourcetraceGraph, min: number): Set<string> {
  const out = new Set<string>();
  if (min <= 0) return out;
  graph.forEachEdge((edge, attrs) => {
    if (attrs.confidence !== undefined && attrs.confidence < min) out.add(edge);
  });
  return out;
}

/** Confidence as people read it: "72%", or "hand-authored" when the edge carries none. */
export function formatConfidence(confidence: number | undefined): string {
  return confidence === undefined ? 'hand-authored' : `${Math.round(confidence * 100)}%`;
}

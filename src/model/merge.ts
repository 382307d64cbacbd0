import type { SourcetraceGraph } from './graph';
import { mergeEdgeAttributes, unionEvidence, upsertNode } from './graph';

/**
 * Merges `source` into `target` in place: nodes meet by key (aliases and fields unite), edges meet by
 * key (evidence unites). Idempotent: merging the same graph again leaves `target` unchanged.
 */
export function mergeGraphs(target: SourcetraceGraph, source: SourcetraceGraph): SourcetraceGraph {
  source.forEachNode((key, attrs) => {
    upsertNode(target, key, attrs);
  });
  source.forEachEdge((key, attrs, from, to) => {
    if (target.hasEdge(key)) {
      target.updateEdgeAttributes(key, (current) => mergeEdgeAttributes(current, attrs));
    } else {
      // Through the union, so a new edge's evidence is in the same canonical order as a merged one's:
      // merging g into an empty graph then gives the same graph as merging g into g.
      target.addDirectedEdgeWithKey(key, from, to, { ...attrs, evidence: unionEvidence(attrs.evidence, []) });
    }
  });
  return target;
}

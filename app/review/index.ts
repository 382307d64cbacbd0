/**
 * Trust in the app: low-confidence edges drawn apart and a threshold to hide them, review of edges and
 * nodes recorded as decisions (replayed onto the extracted graph, saved in IndexedDB), the review queue,
 * a claim's trust signals and its dossier export.
 */
export { ConfidenceControl } from './ConfidenceControl';
export { ReviewPanel } from './ReviewPanel';
export {
  edgesBelowConfidence,
  formatConfidence,
  isLowConfidence,
  LOW_CONFIDENCE,
  LOW_CONFIDENCE_CLASS,
} from './confidence';
export { reviewedGraph } from './reviewed-graph';
export { createDecisionStorage } from './review-store-db';
export { memoryDecisionStorage, type DecisionStorage } from './decision-storage';
export { dossierFileName } from './DossierExport';

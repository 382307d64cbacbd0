/** Trust signals computed from the graph: independent confirmations, who reported first, wording drift, primary source status. */
export { claimTraces, speakingOutlet, type ClaimTraces, type ReporterTrace } from './claim-traces';
export { claimTraceEdges, tracedEdges } from './claim-trace-edges';
export { independentConfirmations, type IndependentConfirmations, type SourceGroup } from './independent-confirmations';
export {
  firstReporters,
  parsePublicationTime,
  type FirstReporters,
  type PublicationTime,
  type TimedReporter,
} from './first-reporters';
export {
  diffWording,
  reportedWording,
  wordingDrift,
  wordingDriftAlong,
  type DriftStep,
  type WordChange,
  type WordingDrift,
} from './wording-drift';
export {
  PRIMARY_LABELS,
  primarySourceStatus,
  type ChainStatus,
  type LabelledPrimary,
  type PrimaryLabel,
  type PrimarySourceStatus,
} from './primary-source-status';
export { claimTrust, type ClaimTrust } from './claim-trust';

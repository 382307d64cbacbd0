import type { SourcetraceGraph } from '../../model';
import { claimTraces, type ClaimTraces } from './claim-traces';
import { firstReporters, type FirstReporters } from './first-reporters';
import { independentConfirmations, type IndependentConfirmations } from './independent-confirmations';
import { primarySourceStatus, type PrimarySourceStatus } from './primary-source-status';
import { wordingDrift, type WordingDrift } from './wording-drift';

/** Every trust signal of one claim, from a single set of traces. */
export interface ClaimTrust {
  traces: ClaimTraces;
  confirmations: IndependentConfirmations;
  first: FirstReporters;
  drift: WordingDrift;
  primary: PrimarySourceStatus;
}

/** Computes all of a claim's trust signals at once (the traces are shared, so this is cheaper than four calls). */
export function claimTrust(graph: SourcetraceGraph, claimKey: string): ClaimTrust {
  const traces = claimTraces(graph, claimKey);
  const confirmations = independentConfirmations(graph, claimKey, traces);
  return {
    traces,
    confirmations,
    first: firstReporters(graph, claimKey),
    drift: wordingDrift(graph, claimKey, traces),
    primary: primarySourceStatus(graph, claimKey, traces, confirmations),
  };
}

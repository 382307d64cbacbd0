import type { SourcetraceGraph } from '../../model';
import { articlesByOutlet } from '../nodes-by-kind';
import { claimTraces, type ClaimTraces } from './claim-traces';
import { independentConfirmations, type IndependentConfirmations } from './independent-confirmations';

/** What can be checked about one primary source. */
export const PRIMARY_LABELS = [
  'named', // a named person or organisation: someone can be asked
  'anonymous', // unnamed people ("officials familiar with …"): rests on the outlet's word
  'unpublished-document', // memos, letters, reports that no article in the corpus publishes
  'outlet-not-in-corpus', // an outlet cited for it, none of whose articles the corpus holds
  'own-reporting', // an outlet whose article gives no source for it
] as const;
export type PrimaryLabel = (typeof PRIMARY_LABELS)[number];

/** The claim as a whole: what its best-checkable primary source is. */
export type ChainStatus = 'has-named-source' | 'rests-on-documents' | 'rests-on-anonymous' | 'unsourced' | 'no-sources';

export interface LabelledPrimary {
  key: string;
  label: PrimaryLabel;
  /** Short human wording, e.g. "anonymous (vouched for by outlet:harbor-times)". */
  description: string;
}

export interface PrimarySourceStatus {
  claim: string;
  primaries: LabelledPrimary[];
  status: ChainStatus;
  description: string;
}

const CHAIN_WORDS: Record<ChainStatus, string> = {
  'has-named-source': 'At least one named source stands behind this claim.',
  'rests-on-documents':
    'No named source: the best sources behind this claim are documents not published in the corpus.',
  'rests-on-anonymous': 'No named source or document: the best sources behind this claim are anonymous.',
  unsourced: 'No checkable source: the chain ends in outlets outside the corpus or unattributed reports.',
  'no-sources': 'Nothing in the graph attributes this claim.',
};

/**
 * Labels where a claim's chains end: named people, anonymous sources, documents nobody in the corpus
 * published, outlets the corpus does not hold, or an outlet's own unattributed reporting. The claim gets
 * the best label any of its independent groups earns (named, then documents, then anonymous).
 */
export function primarySourceStatus(
  graph: SourcetraceGraph,
  claimKey: string,
  traces: ClaimTraces = claimTraces(graph, claimKey),
  confirmations: IndependentConfirmations = independentConfirmations(graph, claimKey, traces),
): PrimarySourceStatus {
  const primaries = confirmations.groups.map((g): LabelledPrimary => {
    const label = labelOf(graph, g.primaries[0] ?? g.key, g.status);
    const names = g.primaries.map((p) => graph.getNodeAttribute(p, 'label')).join('; ');
    const by = g.vouchedBy ? ` (vouched for by ${g.vouchedBy})` : '';
    return { key: g.key, label, description: `${names}: ${label}${by}` };
  });
  const has = (l: PrimaryLabel) => primaries.some((p) => p.label === l);
  const status: ChainStatus =
    primaries.length === 0
      ? 'no-sources'
      : has('named')
        ? 'has-named-source'
        : has('unpublished-document')
          ? 'rests-on-documents'
          : has('anonymous')
            ? 'rests-on-anonymous'
            : 'unsourced';
  return { claim: claimKey, primaries, status, description: CHAIN_WORDS[status] };
}

function labelOf(graph: SourcetraceGraph, key: string, status: string): PrimaryLabel {
  if (status === 'own-reporting' || !graph.hasNode(key)) return 'own-reporting';
  if (status === 'anonymous') return 'anonymous';
  if (status === 'document') return 'unpublished-document';
  if (graph.getNodeAttribute(key, 'kind') === 'outlet') {
    return articlesByOutlet(graph, key).length > 0 ? 'own-reporting' : 'outlet-not-in-corpus';
  }
  return 'named';
}

import type { SourcetraceGraph } from '../../src/model';
import type { ClaimPaths, ClaimTrust, PrimaryLabel } from '../../src/query';

/** One line of the trust panel's primary sources. */
export interface TrustPrimary {
  key: string;
  /** What can be checked about it (a trust signal: e.g. a document no article in the corpus publishes). */
  trust: PrimaryLabel;
  /** E.g. "officials: anonymous (vouched for by The Wall Street Journal)". */
  text: string;
}

const TRUST_WORDS: Record<PrimaryLabel, string> = {
  named: 'named',
  anonymous: 'anonymous',
  'unpublished-document': 'a document not published in the corpus',
  'outlet-not-in-corpus': 'an outlet not in the corpus',
  'own-reporting': "the outlet's own reporting",
};

const FROM_STATUS = { named: 'named', document: 'unpublished-document', anonymous: 'anonymous' } as const;

/**
 * The primary sources the trust panel lists: claimPaths' (the claim's chain as the chain view, the dossier
 * and `sourcetrace trace` show it), each with the trust label of its independent source group and, for
 * anonymous ones, the outlets vouching for them; then the outlets whose articles give no source for the
 * claim, which have no path and count as their own reporting.
 */
export function trustPrimaries(graph: SourcetraceGraph, traced: ClaimPaths, trust: ClaimTrust): TrustPrimary[] {
  const labelOf = new Map(trust.primary.primaries.map((p) => [p.key, p.label]));
  const name = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key);
  const out: TrustPrimary[] = traced.primary.map((p) => {
    const groups = trust.confirmations.groups.filter(
      (g) => g.status !== 'own-reporting' && g.primaries.includes(p.key),
    );
    const label = groups.map((g) => labelOf.get(g.key)).find((l) => l !== undefined) ?? FROM_STATUS[p.status];
    const vouchers = groups.flatMap((g) => (g.vouchedBy ? [name(g.vouchedBy)] : []));
    const by = vouchers.length ? ` (vouched for by ${vouchers.join(', ')})` : '';
    return { key: p.key, trust: label, text: `${p.label}: ${TRUST_WORDS[label]}${by}` };
  });
  for (const g of trust.confirmations.groups) {
    if (g.status !== 'own-reporting') continue;
    const owner = g.primaries[0] ?? g.key;
    out.push({ key: g.key, trust: 'own-reporting', text: `${name(owner)}: ${TRUST_WORDS['own-reporting']}` });
  }
  return out;
}

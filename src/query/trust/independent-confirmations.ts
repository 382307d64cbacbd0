import type { SourcetraceGraph } from '../../model';
import type { CitationChain, PrimaryStatus } from '../chain-types';
import { claimTraces, speakingOutlet, type ClaimTraces } from './claim-traces';

/** One independent line of information behind a claim. */
export interface SourceGroup {
  /** The source's key for named sources and documents; `anonymous@outlet`; `own:outlet` for unattributed reports. */
  key: string;
  /** The primary sources in the group: one, except for the anonymous sources of one outlet. */
  primaries: string[];
  status: PrimaryStatus | 'own-reporting';
  /** The outlet that put an anonymous source on record (null for named sources and documents). */
  vouchedBy: string | null;
  /** Reporting articles and their outlets whose traces end in this group, sorted. */
  articles: string[];
  outlets: string[];
}

export interface IndependentConfirmations {
  claim: string;
  /** Distinct outlets reporting the claim. */
  outlets: string[];
  groups: SourceGroup[];
  independent: number;
  /** E.g. "3 outlets, 1 independent source". */
  summary: string;
}

/**
 * Counts the independent confirmations of a claim: the distinct primary-source groups behind it.
 *
 * Each reporting article is traced upstream, scoped to the claim ({@link claimTraces}); each primary source
 * its trace ends in is one group. Outlets that only repeat an upstream report reach the same primary
 * sources, so they collapse into that report's groups. Named people, organisations, outlets and documents
 * are one group per node, whoever cites them. Anonymous sources cannot be told apart or matched across
 * outlets, so all the anonymous sources one outlet puts on record form one group, resting on that outlet's
 * word ("officials" in two papers count twice; one paper's "officials" and "sources" count once; the same
 * officials reached through echoes of that paper still count once). An article that attributes the claim
 * to no one is its outlet's own reporting, one group per outlet. Sources that assert the claim but that
 * no reporter's trace reaches still count, as groups of their own.
 */
export function independentConfirmations(
  graph: SourcetraceGraph,
  claimKey: string,
  traces: ClaimTraces = claimTraces(graph, claimKey),
): IndependentConfirmations {
  const groups = new Map<string, SourceGroup>();
  for (const { reporter, chain } of traces.traces) {
    const keys = groupsOfTrace(graph, chain, reporter.outlet, reporter.article);
    for (const g of keys) {
      const group = groups.get(g.key) ?? g;
      for (const p of g.primaries) addSorted(group.primaries, p);
      addSorted(group.articles, reporter.article);
      if (reporter.outlet !== null) addSorted(group.outlets, reporter.outlet);
      groups.set(g.key, group);
    }
  }
  const reached = new Set([...groups.values()].flatMap((g) => g.primaries));
  for (const g of groupsOfTrace(graph, traces.claimChain, null, traces.claim)) {
    const fresh = g.primaries.filter((p) => !reached.has(p));
    const group = groups.get(g.key);
    if (group) fresh.forEach((p) => addSorted(group.primaries, p));
    else if (fresh.length > 0) groups.set(g.key, { ...g, primaries: fresh });
  }
  const list = [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const outlets = traces.reporters.outlets;
  return {
    claim: claimKey,
    outlets,
    groups: list,
    independent: list.length,
    summary: summarise(outlets.length, list.length),
  };
}

function groupsOfTrace(
  graph: SourcetraceGraph,
  chain: CitationChain,
  outlet: string | null,
  root: string,
): SourceGroup[] {
  if (chain.primarySources.length === 0 && chain.hops.length === 0) {
    if (graph.getNodeAttribute(root, 'kind') === 'claim') return [];
    const owner = outlet ?? root;
    return [group(`own:${owner}`, owner, 'own-reporting', null)];
  }
  const out: SourceGroup[] = [];
  for (const p of chain.primarySources) {
    if (p.status !== 'anonymous') {
      out.push(group(p.key, p.key, p.status, null));
      continue;
    }
    for (const vouch of vouchersOf(graph, chain, p.key))
      out.push(group(`anonymous@${vouch}`, p.key, 'anonymous', vouch));
  }
  return out;
}

/** Outlets that put an anonymous source on record: the speakers of the hops reaching it. */
function vouchersOf(graph: SourcetraceGraph, chain: CitationChain, primary: string): string[] {
  const out = new Set<string>();
  for (const hop of chain.hops) {
    if (hop.to !== primary) continue;
    const speaker = speakingOutlet(graph, hop.from);
    if (speaker !== null) out.add(speaker);
    // From the claim itself: whoever published the sentences that quote the source.
    if (speaker === null && graph.getNodeAttribute(hop.from, 'kind') === 'claim') {
      for (const ev of graph.getEdgeAttribute(hop.edge, 'evidence')) {
        const s = graph.hasNode(ev.article) ? speakingOutlet(graph, ev.article) : null;
        out.add(s ?? ev.article);
      }
    }
  }
  return out.size > 0 ? [...out].sort() : ['unknown'];
}

function group(key: string, primary: string, status: SourceGroup['status'], vouchedBy: string | null): SourceGroup {
  return { key, primaries: [primary], status, vouchedBy, articles: [], outlets: [] };
}

function addSorted(list: string[], item: string): void {
  if (list.includes(item)) return;
  list.push(item);
  list.sort();
}

function summarise(outlets: number, independent: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(outlets, 'outlet')}, ${plural(independent, 'independent source')}`;
}

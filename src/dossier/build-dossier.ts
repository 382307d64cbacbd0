import type { SourcetraceGraph } from '../model';
import { SourcetraceError } from '../model';
import {
  claimTraces,
  evidenceSentence,
  firstReporters,
  independentConfirmations,
  outletOf,
  primarySourceStatus,
  wordingDrift,
  type ClaimTraces,
} from '../query';
import type { DecisionOutcome, ReviewDecision } from '../review';
import type { Dossier, DossierDecision, DossierEvidence, DossierHop } from './dossier-types';
import { layoutDiagram, type DiagramLink } from './layout-diagram';

/** The review behind the graph given to {@link buildDossier}: its decisions and, if known, their outcomes. */
export interface DossierReview {
  decisions?: readonly ReviewDecision[];
  outcomes?: readonly DecisionOutcome[];
  accepted?: ReadonlySet<string>;
}

const MAX_EVIDENCE_PER_HOP = 5;

/** Gathers one claim's chain and trust signals into a {@link Dossier}. Pass the reviewed graph. */
export function buildDossier(graph: SourcetraceGraph, claimKey: string, review: DossierReview = {}): Dossier {
  if (!graph.hasNode(claimKey)) throw new SourcetraceError('dossier/build', `no node "${claimKey}"`);
  const claim = graph.getNodeAttributes(claimKey);
  if (claim.kind !== 'claim')
    throw new SourcetraceError('dossier/build', `"${claimKey}" is a ${claim.kind}, not a claim`);
  const traces = claimTraces(graph, claimKey);
  const confirmations = independentConfirmations(graph, claimKey, traces);
  const status = primarySourceStatus(graph, claimKey, traces, confirmations);
  const first = firstReporters(graph, claimKey);
  const links = chainLinks(traces);
  const hopOf = (link: DiagramLink & { edge: string }) => toHop(graph, link.edge, review.accepted);
  const stanceLinks = stanceLinksOf(traces);
  const outlets = new Map(confirmations.groups.map((g) => [g.key, g.outlets.map((o) => label(graph, o))]));
  return {
    title: `Sourcetrace dossier: ${claim.label}`,
    claim: { key: claimKey, text: claim.text },
    summary: confirmations.summary,
    independent: confirmations.independent,
    groups: status.primaries.map((p) => ({ ...p, outlets: outlets.get(p.key) ?? [] })),
    status: status.status,
    statusText: status.description,
    reporters: first.reporters.map((r) => ({
      article: r.article,
      title: r.title,
      outlet: r.outlet ? label(graph, r.outlet) : 'outlet unknown',
      publishedAt: r.publishedAt ?? null,
      first: r.first,
    })),
    firstNote: first.note,
    hops: links.map(hopOf),
    stances: stanceLinks.map(hopOf),
    drift: wordingDrift(graph, claimKey, traces).steps.map((s) => ({
      article: label(graph, s.article),
      outlet: s.outlet ? label(graph, s.outlet) : 'outlet unknown',
      upstream: s.upstream ? label(graph, s.upstream) : null,
      text: s.text,
      changes: s.changes,
    })),
    decisions: relevantDecisions(review, new Set(links.flatMap((l) => [l.source, l.target])), links),
    diagram: layoutDiagram(graph, claimKey, [...diagramLinks(traces, links), ...stanceLinks]),
  };
}

type Link = DiagramLink & { edge: string };

/** The claim's reports, its own chain and each reporter's trace, one link per edge, in that order. */
function chainLinks(traces: ClaimTraces): Link[] {
  const out = new Map<string, Link>();
  const add = (l: Link) => out.has(l.edge) || out.set(l.edge, l);
  for (const r of traces.reporters.articles) {
    add({ edge: r.edge, kind: 'reports', source: r.article, target: traces.claim, from: traces.claim, to: r.article });
  }
  const chains = [traces.claimChain, ...traces.traces.map((t) => t.chain)];
  for (const chain of chains) {
    for (const h of chain.hops) {
      const [source, target] = h.kind === 'asserts' || h.kind === 'authored' ? [h.to, h.from] : [h.from, h.to];
      add({ edge: h.edge, kind: h.kind, source, target, from: h.from, to: h.to });
    }
  }
  return [...out.values()];
}

/**
 * What the diagram draws: every link except those back to the claim (`reports` from an article, `asserts`
 * from a source) when some reporter's trace already reaches that article or source further along: such a
 * line would cross the whole drawing to say what the chain already shows.
 */
function diagramLinks(traces: ClaimTraces, links: readonly Link[]): Link[] {
  const reached = new Set(traces.traces.flatMap((t) => t.chain.nodes.slice(1)));
  const back = (l: Link) => (l.kind === 'asserts' || l.kind === 'reports') && l.target === traces.claim;
  return links.filter((l) => !(back(l) && reached.has(l.source)));
}

function stanceLinksOf(traces: ClaimTraces): Link[] {
  const out = new Map<string, Link>();
  for (const chain of [traces.claimChain, ...traces.traces.map((t) => t.chain)]) {
    for (const s of chain.stances) {
      out.set(s.edge, { edge: s.edge, kind: s.kind, source: s.source, target: s.target, from: s.target, to: s.source });
    }
  }
  return [...out.values()];
}

function toHop(graph: SourcetraceGraph, edge: string, accepted?: ReadonlySet<string>): DossierHop {
  const attrs = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const evidence: DossierEvidence[] = [];
  for (const ev of attrs.evidence) {
    const found = evidenceSentence(graph, ev);
    if (!found || evidence.some((e) => e.article === ev.article && e.sentence === found.sentence)) continue;
    const article = graph.getNodeAttributes(ev.article);
    const outlet = outletOf(graph, ev.article);
    const title = article.kind === 'article' ? article.title : article.label;
    const publishedAt = article.kind === 'article' ? (article.publishedAt ?? null) : null;
    evidence.push({
      article: ev.article,
      title,
      outlet: outlet ? label(graph, outlet) : 'outlet unknown',
      publishedAt,
      sentence: found.sentence,
    });
    if (evidence.length >= MAX_EVIDENCE_PER_HOP) break;
  }
  return {
    edge,
    kind: attrs.kind,
    source,
    target,
    sourceLabel: label(graph, source),
    targetLabel: label(graph, target),
    cue: attrs.cue ?? null,
    confidence: attrs.confidence ?? null,
    accepted: accepted?.has(edge) ?? false,
    evidence,
  };
}

/** Decisions that touch this chain: a target that is one of its nodes or edges, or an edge between its nodes. */
function relevantDecisions(
  review: DossierReview,
  nodes: ReadonlySet<string>,
  links: readonly Link[],
): DossierDecision[] {
  const edges = new Set(links.map((l) => l.edge));
  const touches = (key: string) =>
    nodes.has(key) ||
    edges.has(key) ||
    key
      .split('|')
      .slice(1)
      .some((k) => nodes.has(k));
  const outcomes = new Map((review.outcomes ?? []).map((o) => [o.id, o]));
  return (review.decisions ?? [])
    .filter((d) => d.target.some(touches))
    .map((d) => ({
      id: d.id,
      action: d.action,
      target: [...d.target],
      reason: d.reason ?? null,
      applied: outcomes.get(d.id)?.applied ?? true,
      note: outcomes.get(d.id)?.note ?? null,
    }));
}

const label = (graph: SourcetraceGraph, key: string) =>
  graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : key;

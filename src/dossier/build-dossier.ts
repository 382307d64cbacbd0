import type { SourcetraceGraph } from '../model';
import { SourcetraceError } from '../model';
import {
  claimPathEdges,
  claimPaths,
  claimTraces,
  evidenceSentence,
  firstReporters,
  independentConfirmations,
  outletOf,
  primarySourceStatus,
  wordingDrift,
  type ClaimPathEdges,
  type ClaimPaths,
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

/**
 * Gathers one claim's chain and trust signals into a {@link Dossier}. Pass the reviewed graph. The chain —
 * paths, primary sources, disputers — is {@link claimPaths}' (as `sourcetrace trace` and the app show it);
 * the hops listed with their evidence and the diagram are the edges behind those paths.
 */
export function buildDossier(graph: SourcetraceGraph, claimKey: string, review: DossierReview = {}): Dossier {
  if (!graph.hasNode(claimKey)) throw new SourcetraceError('dossier/build', `no node "${claimKey}"`);
  const claim = graph.getNodeAttributes(claimKey);
  if (claim.kind !== 'claim')
    throw new SourcetraceError('dossier/build', `"${claimKey}" is a ${claim.kind}, not a claim`);
  const traces = claimTraces(graph, claimKey);
  const traced = claimPaths(graph, claimKey, traces);
  const edges = claimPathEdges(graph, traced);
  const confirmations = independentConfirmations(graph, claimKey, traces);
  const status = primarySourceStatus(graph, claimKey, traces, confirmations);
  const first = firstReporters(graph, claimKey);
  const links = chainLinks(graph, traced, edges);
  const hopOf = (link: DiagramLink & { edge: string }) => toHop(graph, link.edge, review.accepted);
  const stanceLinks = stanceLinksOf(edges);
  const primary = new Map(traced.primary.map((p) => [p.key, p.status]));
  const outlets = new Map(confirmations.groups.map((g) => [g.key, g.outlets.map((o) => label(graph, o))]));
  return {
    title: `Sourcetrace dossier: ${claim.label}`,
    claim: { key: claimKey, text: claim.text },
    paths: traced.paths.map((path) =>
      path.map((n) => ({ key: n.key, label: n.label, kind: n.kind, cue: n.cue, primary: primary.get(n.key) ?? null })),
    ),
    primary: traced.primary.map((p) => ({ key: p.key, label: p.label, kind: p.kind, status: p.status })),
    disputedBy: traced.disputedBy.map((d) => ({ key: d.key, label: d.label, kind: d.kind })),
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
      summary: isSummary(graph, r.article),
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
    diagram: layoutDiagram(graph, claimKey, [...diagramLinks(traced, links), ...stanceLinks]),
  };
}

type Link = DiagramLink & { edge: string };

/** A path's nodes after the article that reports the claim: the publishing outlet and the reporter go first. */
const beyondReporter = (path: ClaimPaths['paths'][number]) =>
  path.slice(path.findIndex((n) => n.kind === 'article') + 1);

/** Each path article's report of the claim, then each path's steps after the reporting article, one link per edge. */
function chainLinks(graph: SourcetraceGraph, traced: ClaimPaths, edges: ClaimPathEdges): Link[] {
  const out = new Map<string, Link>();
  const add = (l: Link) => out.has(l.edge) || out.set(l.edge, l);
  const claim = traced.key;
  for (const r of edges.reports) {
    add({ edge: r.edge, kind: 'reports', source: r.article, target: claim, from: claim, to: r.article });
  }
  traced.paths.forEach((path, i) => {
    const skip = path.length - beyondReporter(path).length;
    path.forEach((node, j) => {
      const edge = edges.steps[i]?.[j];
      const from = path[j - 1];
      if (j < skip || !edge || !from) return;
      const kind = graph.getEdgeAttribute(edge, 'kind');
      add({ edge, kind, source: graph.source(edge), target: graph.target(edge), from: from.key, to: node.key });
    });
  });
  return [...out.values()];
}

/**
 * What the diagram draws: every link except the `reports` links back to the claim from articles some path
 * reaches further along (an outlet's article its echo cites): such a line would cross the whole drawing
 * to say what the chain already shows.
 */
function diagramLinks(traced: ClaimPaths, links: readonly Link[]): Link[] {
  const reached = new Set(traced.paths.flatMap((p) => beyondReporter(p).map((n) => n.key)));
  return links.filter((l) => !(l.kind === 'reports' && reached.has(l.source)));
}

function stanceLinksOf(edges: ClaimPathEdges): Link[] {
  return edges.stances.map((s) => ({
    edge: s.edge,
    kind: s.kind,
    source: s.source,
    target: s.target,
    from: s.target,
    to: s.source,
  }));
}

/** Whether an article node holds only a feed item's summary (see ArticleAttributes.summary). */
function isSummary(graph: SourcetraceGraph, key: string): boolean {
  const attrs = graph.hasNode(key) ? graph.getNodeAttributes(key) : null;
  return attrs?.kind === 'article' && attrs.summary === true;
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
      summary: isSummary(graph, ev.article),
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

import { diffWords } from 'diff';
import type { SourcetraceGraph } from '../../model';
import { outletOf } from '../nodes-by-kind';
import { claimTraces, type ClaimTraces } from './claim-traces';
import { parsePublicationTime } from './first-reporters';

/** One run of words: kept, added by this hop, or dropped by it. */
export interface WordChange {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** How one article worded the claim, against the article it took the claim from. */
export interface DriftStep {
  article: string;
  outlet: string | null;
  /** The reporting article upstream of this one on its chain; null for an origin. */
  upstream: string | null;
  /** The article's own words for the claim (its `reports` evidence), or the claim text when it has none. */
  text: string;
  fromEvidence: boolean;
  /** Null for an origin: there is nothing to compare with. */
  changes: WordChange[] | null;
  wordsAdded: number;
  wordsRemoved: number;
}

export interface WordingDrift {
  claim: string;
  /** Origins first, then each article after the one it repeats; ties by date, then key. */
  steps: DriftStep[];
}

/** Word-level diff, ignoring case (a capital at a sentence start is not drift). */
export function diffWording(before: string, after: string): WordChange[] {
  return diffWords(before, after, { ignoreCase: true }).map((part) => ({
    op: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

const countWords = (changes: WordChange[], op: WordChange['op']) =>
  changes.filter((c) => c.op === op).reduce((n, c) => n + (c.text.match(/\S+/g)?.length ?? 0), 0);

/** The words an article used for a claim: the text its `reports` edge points at, spans joined by " … ". */
export function reportedWording(graph: SourcetraceGraph, article: string, reportsEdge: string): string | null {
  const node = graph.getNodeAttributes(article);
  if (node.kind !== 'article') return null;
  const spans = graph.getEdgeAttribute(reportsEdge, 'evidence').filter((ev) => ev.article === article);
  const text = spans.map((ev) => node.text.slice(ev.start, ev.end).trim()).filter(Boolean);
  return text.length > 0 ? text.join(' … ') : null;
}

/**
 * How a claim's wording changes hop by hop: each reporting article's words for it, diffed against the
 * words of the reporting article it got the claim from (the nearest one on its scoped trace).
 */
export function wordingDrift(
  graph: SourcetraceGraph,
  claimKey: string,
  traces: ClaimTraces = claimTraces(graph, claimKey),
): WordingDrift {
  const claimText = graph.getNodeAttribute(claimKey, 'label');
  const byArticle = new Map(traces.traces.map((t) => [t.reporter.article, t]));
  const texts = new Map<string, { text: string; fromEvidence: boolean }>();
  for (const t of traces.traces) {
    const own = reportedWording(graph, t.reporter.article, t.reporter.edge);
    texts.set(t.reporter.article, { text: own ?? claimText, fromEvidence: own !== null });
  }
  const level = levels(traces);
  const order = [...byArticle.keys()].sort((a, b) => (level.get(a) ?? 0) - (level.get(b) ?? 0) || byDate(traces, a, b));
  const steps = order.map((article): DriftStep => {
    const t = byArticle.get(article);
    const upstream = t?.upstreamReporters[0] ?? null;
    const own = texts.get(article) ?? { text: claimText, fromEvidence: false };
    const changes = upstream === null ? null : diffWording(texts.get(upstream)?.text ?? claimText, own.text);
    const added = changes ? countWords(changes, 'added') : 0;
    const removed = changes ? countWords(changes, 'removed') : 0;
    return {
      article,
      outlet: t?.reporter.outlet ?? null,
      upstream,
      ...own,
      changes,
      wordsAdded: added,
      wordsRemoved: removed,
    };
  });
  return { claim: claimKey, steps };
}

/**
 * Wording drift along one path the caller picked (e.g. the chain a user selected): the articles in order,
 * each diffed against the one before. Articles that do not report the claim are skipped.
 */
export function wordingDriftAlong(graph: SourcetraceGraph, claimKey: string, articles: readonly string[]): DriftStep[] {
  const claimText = graph.getNodeAttribute(claimKey, 'label');
  const steps: DriftStep[] = [];
  for (const article of articles) {
    const edge = graph.hasNode(article)
      ? graph.findOutEdge(article, claimKey, (_e, a) => a.kind === 'reports')
      : undefined;
    if (edge === undefined) continue;
    const own = reportedWording(graph, article, edge);
    const before = steps.at(-1);
    const changes = before ? diffWording(before.text, own ?? claimText) : null;
    steps.push({
      article,
      outlet: outletOf(graph, article),
      upstream: before?.article ?? null,
      text: own ?? claimText,
      fromEvidence: own !== null,
      changes,
      wordsAdded: changes ? countWords(changes, 'added') : 0,
      wordsRemoved: changes ? countWords(changes, 'removed') : 0,
    });
  }
  return steps;
}

/** Distance of each reporter from an origin along "repeats" links; cycles stop at what is already known. */
function levels(traces: ClaimTraces): Map<string, number> {
  const up = new Map(traces.traces.map((t) => [t.reporter.article, t.upstreamReporters[0] ?? null]));
  const out = new Map<string, number>();
  for (const start of up.keys()) {
    const path: string[] = [];
    let at: string | null = start;
    while (at !== null && !out.has(at) && !path.includes(at)) {
      path.push(at);
      at = up.get(at) ?? null;
    }
    let base = at !== null && out.has(at) ? (out.get(at) ?? 0) + 1 : 0;
    for (const node of path.reverse()) out.set(node, base++);
  }
  return out;
}

function byDate(traces: ClaimTraces, a: string, b: string): number {
  const time = (k: string) =>
    parsePublicationTime(traces.reporters.articles.find((r) => r.article === k)?.publishedAt)?.time ?? Infinity;
  return time(a) - time(b) || (a < b ? -1 : a > b ? 1 : 0);
}

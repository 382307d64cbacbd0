import type { EdgeAttributes, Evidence, SourcetraceGraph } from '../model';
import { MoveEdges } from './move-edges';
import { outletOf } from './nodes-by-kind';
import type { ClaimScope, Step } from './trace-types';

/**
 * Indexes the asserters, reporting articles and report sentences of the given claims. Pass `moves` to share
 * the per-node edge lists with other scopes of the same, unchanged graph.
 */
export function prepareScope(
  graph: SourcetraceGraph,
  scope: readonly string[],
  moves: MoveEdges = new MoveEdges(graph),
): ClaimScope {
  const asserters = new Map<string, Evidence[]>();
  const disputing = new Set<string>();
  const reportingArticles = new Map<string, string[]>();
  const reportSpans = new Map<string, Evidence[]>();
  for (const claim of scope) {
    if (!graph.hasNode(claim)) continue;
    graph.forEachInEdge(claim, (_edge, attrs, source) => {
      if (attrs.kind === 'asserts') asserters.set(source, [...(asserters.get(source) ?? []), ...attrs.evidence]);
      if (attrs.kind === 'disputes') disputing.add(source);
      if (attrs.kind !== 'reports') return;
      addReport(graph, source, attrs, reportingArticles, reportSpans);
    });
  }
  const articleSteps = new Map<string, Step[]>();
  const disputers = new Set([...disputing].filter((k) => !asserters.has(k)));
  return { graph, scope: new Set(scope), asserters, disputers, reportingArticles, reportSpans, articleSteps, moves };
}

function addReport(
  graph: SourcetraceGraph,
  article: string,
  attrs: EdgeAttributes,
  byOutlet: Map<string, string[]>,
  spans: Map<string, Evidence[]>,
): void {
  const outlet = outletOf(graph, article);
  if (outlet !== null) {
    const list = byOutlet.get(outlet) ?? [];
    if (!list.includes(article)) list.push(article);
    byOutlet.set(outlet, list);
  }
  const own = attrs.evidence.filter((ev) => ev.article === article);
  spans.set(article, [...(spans.get(article) ?? []), ...own]);
}

// A sentence ends at . ! or ? (optionally closed by a quote or bracket) followed by space and a capital,
// or at a line break (paragraphs are often single newlines). No nested quantifiers: matching stays linear.
const SENTENCE_END = /[.!?]["'\u201d\u2019)\]]?[ \t]+["\u201c\u2018(]?[A-Z]|\n/;
const MAX_SENTENCE_GAP = 1000;
/** A colon then at most this much space or punctuation joins a quote to its introduction ("The Journal reported:"). */
const MAX_STATEMENT_GAP = 40;
const WORDY = /[\p{L}\p{N}]/u;

/** True when two spans of one text overlap or sit in the same sentence. */
export function sameSentence(text: string, a: Evidence, b: Evidence): boolean {
  if (a.article !== b.article) return false;
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start < first.end) return true;
  if (second.start - first.end > MAX_SENTENCE_GAP) return false;
  // Take in the first span's last character and the second's first: spans often end at the full stop.
  return !SENTENCE_END.test(text.slice(Math.max(0, first.end - 1), second.start + 1));
}

/**
 * True when two evidence spans belong to one statement: same article, and the same sentence, or a quote
 * right after the colon that introduces it. Articles missing from the graph give no text, so only
 * overlap counts there.
 */
export function nearEvidence(graph: SourcetraceGraph, a: Evidence, b: Evidence): boolean {
  if (a.article !== b.article) return false;
  const node = graph.hasNode(a.article) ? graph.getNodeAttributes(a.article) : null;
  const text = node?.kind === 'article' ? node.text : '';
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start < first.end) return true;
  if (text === '') return false;
  const gap = text.slice(Math.max(0, first.end - 1), second.start);
  const introducesQuote = gap.length <= MAX_STATEMENT_GAP && gap.includes(':') && !WORDY.test(gap);
  return introducesQuote || sameSentence(text, a, b);
}

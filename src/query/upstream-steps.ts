import type { EdgeAttributes, EdgeKind, SourcetraceGraph } from '../model';
import type { TraceContext } from './trace-context';
import { evidenceArticles, sameSentence } from './trace-context';

/** A node the trace stands on, and how it got there. */
export interface Arrival {
  node: string;
  depth: number;
  /** Articles holding the evidence of the hop that reached this node (null at the root). */
  via: ReadonlySet<string> | null;
  /** The node the trace came from (null at the root). */
  from: string | null;
}

/** One possible move upstream from a node. */
export interface Step {
  edge: string;
  kind: EdgeKind;
  next: string;
  cue: string | undefined;
  evidence: Set<string>;
}

function step(edge: string, attrs: EdgeAttributes, next: string): Step {
  return { edge, kind: attrs.kind, next, cue: attrs.cue, evidence: evidenceArticles(attrs) };
}

/**
 * The moves upstream from where the trace stands. Unscoped traces follow every `cites` edge and every
 * author of a document. A trace scoped to claims follows a citation only when it plausibly carries those
 * claims: the cited source asserts one; or it is an outlet that published an article reporting one; or the
 * citation sits in the same sentence as the article's report of the claim; or (for outlet-level citations
 * such as "X, citing memos") it was found in the same article as the hop that led here.
 */
export function upstreamSteps(ctx: TraceContext, at: Arrival): Step[] {
  const { graph } = ctx;
  const kind = graph.getNodeAttribute(at.node, 'kind');
  if (kind === 'claim') return at.node === ctx.root ? asserterSteps(graph, at.node) : [];
  const steps: Step[] = [];
  graph.forEachOutEdge(at.node, (edge, attrs, _source, target) => {
    if (attrs.kind === 'cites' && followCitation(ctx, at, kind === 'article', attrs, target)) {
      steps.push(step(edge, attrs, target));
    }
  });
  if (kind === 'document') {
    graph.forEachInEdge(at.node, (edge, attrs, source) => {
      if (attrs.kind === 'authored') steps.push(step(edge, attrs, source));
    });
  }
  if (kind === 'outlet') steps.push(...publishedSteps(ctx, at));
  return steps;
}

function asserterSteps(graph: SourcetraceGraph, claim: string): Step[] {
  const steps: Step[] = [];
  graph.forEachInEdge(claim, (edge, attrs, source) => {
    if (attrs.kind === 'asserts') steps.push(step(edge, attrs, source));
  });
  return steps;
}

function followCitation(
  ctx: TraceContext,
  at: Arrival,
  fromArticle: boolean,
  attrs: EdgeAttributes,
  target: string,
): boolean {
  if (ctx.scope.size === 0) return true;
  if (ctx.asserters.has(target)) return true;
  if (ctx.reportingArticles.get(target)?.some((a) => a !== at.node)) return true;
  if (fromArticle) return citesNearReport(ctx, at.node, attrs);
  return at.via !== null && attrs.evidence.some((ev) => at.via?.has(ev.article));
}

function citesNearReport(ctx: TraceContext, article: string, attrs: EdgeAttributes): boolean {
  const reports = ctx.reportSpans.get(article);
  if (!reports?.length) return false;
  const node = ctx.graph.getNodeAttributes(article);
  const text = node.kind === 'article' ? node.text : '';
  return attrs.evidence.some((ev) => reports.some((r) => sameSentence(text, ev, r)));
}

/** An outlet leads into its own articles: all of them at the root, else those reporting a scope claim. */
function publishedSteps(ctx: TraceContext, at: Arrival): Step[] {
  const { graph } = ctx;
  const steps: Step[] = [];
  const isRoot = at.node === ctx.root;
  if (!isRoot && ctx.scope.size === 0) return steps;
  const wanted = isRoot && ctx.scope.size === 0 ? null : new Set(ctx.reportingArticles.get(at.node) ?? []);
  graph.forEachOutEdge(at.node, (edge, attrs, _source, target) => {
    if (attrs.kind !== 'publishes' || target === at.from) return;
    if (wanted !== null && !wanted.has(target)) return;
    // An article that cites nothing relevant adds no information: the outlet is then its own source.
    if (!isRoot && upstreamSteps(ctx, { node: target, depth: at.depth + 1, via: null, from: at.node }).length === 0) {
      return;
    }
    steps.push(step(edge, attrs, target));
  });
  return steps;
}

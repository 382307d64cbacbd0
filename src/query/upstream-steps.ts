import type { EdgeAttributes, Evidence } from '../model';
import type { Arrival, Step, TraceContext } from './trace-types';
import { nearEvidence } from './trace-context';

function step(ctx: TraceContext, edge: string, attrs: EdgeAttributes, next: string): Step {
  const evidence = ctx.asserters.get(next) ?? attrs.evidence;
  return { edge, kind: attrs.kind, next, cue: attrs.cue, evidence };
}

/**
 * The moves upstream from where the trace stands. Unscoped traces follow every `cites` edge and every
 * author of a document. A trace scoped to claims follows a citation only when it plausibly carries those
 * claims: the cited source asserts one; or it is an outlet that published an article reporting one; or the
 * citation sits in the same statement (sentence, or spans a few characters apart) as the article's report of
 * the claim; or, for an outlet-level citation such as "X, citing memos", in the same statement as X's
 * assertion of the claim (or, if X asserts none, as the citation that led to X).
 */
export function upstreamSteps(ctx: TraceContext, at: Arrival): Step[] {
  const kind = ctx.graph.getNodeAttribute(at.node, 'kind');
  if (kind === 'claim') return at.node === ctx.root ? asserterSteps(ctx, at.node) : [];
  if (kind === 'article') {
    const known = ctx.articleSteps.get(at.node);
    if (known) return known;
  }
  const steps: Step[] = [];
  for (const o of openSteps(ctx, at))
    if (o.citation === null || nearStatement(ctx, o.citation, at.via)) steps.push(o.step);
  if (kind === 'article') ctx.articleSteps.set(at.node, steps);
  return steps;
}

/** A possible move; `citation` is set when it is taken only if that citation sits near the arriving statement. */
export interface OpenStep {
  step: Step;
  citation: readonly Evidence[] | null;
}

/**
 * The moves from a node that is not a claim, in {@link upstreamSteps}' order, leaving open the citations of a
 * source (not an article) that depend on the statement the trace arrived with (`at.via` is not read).
 */
export function openSteps(ctx: TraceContext, at: Arrival): OpenStep[] {
  const kind = ctx.graph.getNodeAttribute(at.node, 'kind');
  const open: OpenStep[] = [];
  for (const { edge, attrs, other } of ctx.moves.out(at.node, 'cites')) {
    const rule = citationRule(ctx, at, kind === 'article', attrs, other);
    if (rule !== false)
      open.push({ step: step(ctx, edge, attrs, other), citation: rule === true ? null : attrs.evidence });
  }
  if (kind === 'document') {
    for (const { edge, attrs, other } of ctx.moves.in(at.node, 'authored')) {
      open.push({ step: step(ctx, edge, attrs, other), citation: null });
    }
  }
  if (kind === 'outlet') for (const s of publishedSteps(ctx, at)) open.push({ step: s, citation: null });
  return open;
}

/** True when a citation's evidence sits near the statement a trace arrived with. */
export function nearStatement(
  ctx: TraceContext,
  citation: readonly Evidence[],
  via: readonly Evidence[] | null,
): boolean {
  return !!via?.length && citation.some((ev) => via.some((n) => nearEvidence(ctx.graph, ev, n)));
}

function asserterSteps(ctx: TraceContext, claim: string): Step[] {
  return ctx.moves.in(claim, 'asserts').map(({ edge, attrs, other }) => step(ctx, edge, attrs, other));
}

/** Whether a citation is followed: yes, no, or 'via' when that depends on the statement the trace arrived with. */
function citationRule(
  ctx: TraceContext,
  at: Arrival,
  fromArticle: boolean,
  attrs: EdgeAttributes,
  target: string,
): boolean | 'via' {
  if (ctx.scope.size === 0) return true;
  if (ctx.asserters.has(target)) return true;
  // "…, a claim the mayor denies": cited beside the report, but against it; or a source that only disputes.
  if (ctx.disputers.has(target) || onlyDisputes(ctx, target)) return false;
  if (ctx.reportingArticles.get(target)?.some((a) => a !== at.node)) return true;
  if (!fromArticle) return 'via';
  return nearStatement(ctx, attrs.evidence, ctx.reportSpans.get(at.node) ?? null);
}

/** An outlet leads into its own articles: all of them at the root, else those reporting a scope claim. */
function publishedSteps(ctx: TraceContext, at: Arrival): Step[] {
  const steps: Step[] = [];
  const isRoot = at.node === ctx.root;
  if (!isRoot && ctx.scope.size === 0) return steps;
  const wanted = isRoot && ctx.scope.size === 0 ? null : new Set(ctx.reportingArticles.get(at.node) ?? []);
  for (const { edge, attrs, other: target } of ctx.moves.out(at.node, 'publishes')) {
    if (target === at.from || (wanted !== null && !wanted.has(target))) continue;
    // An article that cites nothing relevant adds no information: the outlet is then its own source.
    if (!isRoot && upstreamSteps(ctx, { node: target, depth: at.depth + 1, via: null, from: at.node }).length === 0) {
      continue;
    }
    steps.push(step(ctx, edge, attrs, target));
  }
  return steps;
}

/** A source whose claim edges are all disputes: it is said to say nothing of its own. */
function onlyDisputes(ctx: TraceContext, key: string): boolean {
  let disputes = false;
  for (const edge of ctx.graph.outEdges(key)) {
    const kind = ctx.graph.getEdgeAttribute(edge, 'kind');
    if (kind === 'asserts' || kind === 'supports' || kind === 'cites') return false;
    if (kind === 'disputes') disputes = true;
  }
  return disputes;
}

import type { EdgeAttributes, EdgeKind, Evidence } from '../model';
import type { TraceContext } from './trace-context';
import { nearEvidence } from './trace-context';

/** A node the trace stands on, and how it got there. */
export interface Arrival {
  node: string;
  depth: number;
  /** Where the statement that brought the trace here was found (null at the root). */
  via: readonly Evidence[] | null;
  /** The node the trace came from (null at the root). */
  from: string | null;
}

/** One possible move upstream from a node. */
export interface Step {
  edge: string;
  kind: EdgeKind;
  next: string;
  cue: string | undefined;
  /** Where the next node's statement is: its assertion of a scope claim if it has one, else this edge's evidence. */
  evidence: Evidence[];
}

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
  const { graph } = ctx;
  const kind = graph.getNodeAttribute(at.node, 'kind');
  if (kind === 'claim') return at.node === ctx.root ? asserterSteps(ctx, at.node) : [];
  if (kind === 'article') {
    const known = ctx.articleSteps.get(at.node);
    if (known) return known;
  }
  const steps: Step[] = [];
  graph.forEachOutEdge(at.node, (edge, attrs, _source, target) => {
    if (attrs.kind === 'cites' && followCitation(ctx, at, kind === 'article', attrs, target)) {
      steps.push(step(ctx, edge, attrs, target));
    }
  });
  if (kind === 'document') {
    graph.forEachInEdge(at.node, (edge, attrs, source) => {
      if (attrs.kind === 'authored') steps.push(step(ctx, edge, attrs, source));
    });
  }
  if (kind === 'outlet') steps.push(...publishedSteps(ctx, at));
  if (kind === 'article') ctx.articleSteps.set(at.node, steps);
  return steps;
}

function asserterSteps(ctx: TraceContext, claim: string): Step[] {
  const steps: Step[] = [];
  ctx.graph.forEachInEdge(claim, (edge, attrs, source) => {
    if (attrs.kind === 'asserts') steps.push(step(ctx, edge, attrs, source));
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
  const near = fromArticle ? ctx.reportSpans.get(at.node) : at.via;
  return !!near?.length && attrs.evidence.some((ev) => near.some((n) => nearEvidence(ctx.graph, ev, n)));
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
    steps.push(step(ctx, edge, attrs, target));
  });
  return steps;
}

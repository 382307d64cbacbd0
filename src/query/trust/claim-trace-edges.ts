import type { Evidence, SourcetraceGraph } from '../../model';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_HOPS } from '../citation-chain';
import { MoveEdges } from '../move-edges';
import { reportersOf } from '../reporters-of';
import { prepareScope } from '../trace-context';
import type { Step, TraceContext } from '../trace-types';
import { nearStatement, openSteps, upstreamSteps, type OpenStep } from '../upstream-steps';
import type { ClaimTraces } from './claim-traces';

// Local copies: read in the innermost loop, where a module binding may cost a getter call.
const MAX_DEPTH = DEFAULT_MAX_DEPTH;
const MAX_HOPS = DEFAULT_MAX_HOPS;

type Via = readonly Evidence[] | null;

/**
 * A node as a trace can stand on it: its moves, and where each leads. Most nodes have one state; a source
 * that does not assert the claim has one per statement a trace can arrive with, since the statement decides
 * which of its citations belong to the claim.
 */
interface State {
  node: number;
  steps: Step[];
  /** Per move: the node it leads to and the state a trace is in if that move is how it first gets there. */
  nextNode: number[];
  nextState: number[];
  /** Outlets skip the move back into the article the trace came from: article node → index of that move. */
  intoArticle: Map<number, number> | null;
  /** True once every move's edge is in the union. */
  counted: boolean;
}

/**
 * The edges {@link claimTraces} walks for a claim (its `reports` edges, the claim's own chain and every
 * reporter's trace), without building the traces.
 *
 * The moves a trace can make are looked up in the graph once per claim, for every state a trace can stand
 * in; each root's breadth-first trace is then replayed over those moves (typed arrays, no graph access), in
 * the same order and with the same depth and hop bounds as citationChain, so the result is exactly
 * claimTraces'. Pass one `moves` to the calls for many claims of an unchanged graph so that each node's
 * edges are read once.
 */
export function claimTraceEdges(
  graph: SourcetraceGraph,
  claimKey: string,
  moves: MoveEdges = new MoveEdges(graph),
): Set<string> {
  const reporters = reportersOf(graph, claimKey);
  const ctx: TraceContext = { ...prepareScope(graph, [claimKey], moves), root: claimKey };
  const edges = replayTraces(ctx, [claimKey, ...reporters.articles.map((r) => r.article)]);
  for (const r of reporters.articles) edges.add(r.edge);
  return edges;
}

/** The edges of traces already computed: what {@link claimTraceEdges} returns. */
export function tracedEdges(traces: ClaimTraces): Set<string> {
  const edges = new Set<string>();
  for (const hop of traces.claimChain.hops) edges.add(hop.edge);
  for (const t of traces.traces) {
    edges.add(t.reporter.edge);
    for (const hop of t.chain.hops) edges.add(hop.edge);
  }
  return edges;
}

/** Every state reachable from the roots, with its moves; roots are states 0..roots.length-1. */
function exploreStates(ctx: TraceContext, roots: readonly string[]): { states: State[]; nodeCount: number } {
  const nodeIndex = new Map<string, number>();
  const nodeOf = (key: string): number => {
    const known = nodeIndex.get(key);
    if (known !== undefined) return known;
    nodeIndex.set(key, nodeIndex.size);
    return nodeIndex.size - 1;
  };
  const open = new Map<string, Options>();
  const byVia = new Map<string, Map<Via, number>>();
  const bySteps = new Map<string, number>();
  const pending: { key: string; steps: Step[] }[] = [];
  const stateOf = (key: string, arriving: Via): number => {
    // Articles and claims do not read the statement; an asserter always arrives with its assertion.
    const via = ctx.graph.getNodeAttribute(key, 'kind') === 'article' ? null : arriving;
    const vias = byVia.get(key) ?? new Map<Via, number>();
    byVia.set(key, vias);
    const known = vias.get(via);
    if (known !== undefined) return known;
    const { steps, signature } = movesFrom(ctx, key, via, open);
    // Statements that leave a source the same moves put the trace in the same state.
    let state = bySteps.get(signature);
    if (state === undefined) {
      state = pending.push({ key, steps: steps() }) - 1;
      bySteps.set(signature, state);
    }
    vias.set(via, state);
    return state;
  };
  for (const root of roots) stateOf(root, null);
  const states: State[] = [];
  for (let i = 0; i < pending.length; i++) states.push(stateFor(ctx, pending[i]!, nodeOf, stateOf));
  return { states, nodeCount: nodeIndex.size };
}

/** A node's possible moves, with its open citations indexed by the article their evidence is in. */
interface Options {
  list: OpenStep[];
  byArticle: Map<string, number[]>;
}

function optionsOf(ctx: TraceContext, key: string): Options {
  // Outlets are asked for every move; the one back to where a trace came from is left out on replay.
  const list = openSteps(ctx, { node: key, depth: 0, via: null, from: null });
  const byArticle = new Map<string, number[]>();
  list.forEach((o, i) => {
    for (const article of new Set(o.citation?.map((ev) => ev.article))) {
      const known = byArticle.get(article);
      if (known) known.push(i);
      else byArticle.set(article, [i]);
    }
  });
  return { list, byArticle };
}

/**
 * A node's moves for one arriving statement, and a key naming the node and which open citations it takes.
 * Only citations with evidence in the statement's articles can sit near it, so only those are checked.
 */
function movesFrom(
  ctx: TraceContext,
  key: string,
  via: Via,
  open: Map<string, Options>,
): { steps: () => Step[]; signature: string } {
  if (ctx.graph.getNodeAttribute(key, 'kind') === 'claim') {
    return { steps: () => upstreamSteps(ctx, { node: key, depth: 0, via, from: null }), signature: key };
  }
  const options = open.get(key) ?? optionsOf(ctx, key);
  open.set(key, options);
  const taken = new Set<number>();
  for (const article of new Set(via?.map((ev) => ev.article))) {
    for (const i of options.byArticle.get(article) ?? []) {
      if (!taken.has(i) && nearStatement(ctx, options.list[i]!.citation!, via)) taken.add(i);
    }
  }
  const signature = [key, ...[...taken].sort((x, y) => x - y)].join('|');
  const steps = () => options.list.filter((o, i) => o.citation === null || taken.has(i)).map((o) => o.step);
  return { steps, signature };
}

function stateFor(
  ctx: TraceContext,
  { key, steps }: { key: string; steps: Step[] },
  nodeOf: (key: string) => number,
  stateOf: (key: string, via: Via) => number,
): State {
  const outlet = ctx.graph.getNodeAttribute(key, 'kind') === 'outlet';
  const state: State = { node: nodeOf(key), steps, nextNode: [], nextState: [], intoArticle: null, counted: false };
  if (outlet) state.intoArticle = new Map();
  steps.forEach((s, i) => {
    state.nextNode.push(nodeOf(s.next));
    state.nextState.push(stateOf(s.next, s.evidence));
    if (s.kind === 'publishes') state.intoArticle?.set(nodeOf(s.next), i);
  });
  return state;
}

/** The union of the roots' traces' edges, each trace cut where citationChain's depth and hop bounds cut it. */
function replayTraces(ctx: TraceContext, roots: readonly string[]): Set<string> {
  const { states, nodeCount } = exploreStates(ctx, roots);
  // Once every move of every state is in, later traces can add nothing.
  const reachable = new Set(states.flatMap((s) => s.steps.map((step) => step.edge))).size;
  const seen = new Int32Array(nodeCount).fill(-1);
  // A trace visits each node once, so these fit every trace; entry q describes the q-th node it visits.
  const queue = new Int32Array(nodeCount);
  const depth = new Int32Array(nodeCount);
  const from = new Int32Array(nodeCount);
  const edges = new Set<string>();
  for (let root = 0; root < roots.length && edges.size < reachable; root++) {
    let tail = 1;
    let hops = 0;
    queue[0] = root;
    depth[0] = 0;
    from[0] = -1;
    seen[states[root]!.node] = root;
    walk: for (let q = 0; q < tail; q++) {
      const state = states[queue[q]!]!;
      if (depth[q]! >= MAX_DEPTH) continue;
      // An outlet does not lead back into the article the trace came from.
      const skip = state.intoArticle?.get(from[q]!);
      for (let i = 0; i < state.steps.length; i++) {
        if (i === skip) continue;
        if (hops >= MAX_HOPS) break walk;
        hops++;
        if (!state.counted) edges.add(state.steps[i]!.edge);
        const v = state.nextNode[i]!;
        if (seen[v] === root) continue;
        seen[v] = root;
        queue[tail] = state.nextState[i]!;
        depth[tail] = depth[q]! + 1;
        from[tail++] = state.node;
      }
      if (skip === undefined) state.counted = true;
    }
  }
  return edges;
}

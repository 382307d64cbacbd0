import { EDGE_KINDS, NODE_KINDS } from '../model';
import { reachAlong } from './filter-reach';
import { EKIND, KIND, type GraphIndex } from './graph-index';
import {
  EDGE_HIDE_REASONS,
  NODE_HIDE_REASONS,
  type Collection,
  type EdgeHideReason,
  type FocusStatus,
  type NodeHideReason,
  type ViewState,
} from './types';

/** Reason codes: 0 = visible, otherwise 1 + the reason's position in its list. */
const NR = Object.fromEntries(NODE_HIDE_REASONS.map((r, i) => [r, i + 1])) as Record<NodeHideReason, number>;
const ER = Object.fromEntries(EDGE_HIDE_REASONS.map((r, i) => [r, i + 1])) as Record<EdgeHideReason, number>;

export interface FilterResult {
  nodeReason: Uint8Array;
  edgeReason: Uint8Array;
  hiddenNodes: Record<NodeHideReason, number>;
  hiddenEdges: Record<EdgeHideReason, number>;
  focus: FocusStatus;
}

export const toSet = <T>(items: Collection<T>): ReadonlySet<T> => (items instanceof Set ? items : new Set(items));

/**
 * The one place that decides what the filters and the focus hide, for the whole-graph canvas and the
 * aggregated overview alike (the app turns the result into hidden sets with `hiddenKeys`). Never touches
 * the graph. What each setting means:
 *
 * - Node kinds, anonymous: nodes of a hidden kind, anonymous people and organisations are hidden.
 * - Outlets: a hidden outlet and every article it publishes are hidden.
 * - Dates: dated articles outside the inclusive day range are hidden; undated ones stay.
 * - While an outlet or date filter is set, what is left is the story the shown articles tell: a source,
 *   claim or document stays only if a shown article leads to it along drawn edges (reason `unreached`),
 *   so "only this outlet" shows that outlet's articles, whom they cite and what they report. Outlets stay.
 * - Only disputed: claims with no incoming `disputes` edge (one the edge filters let through) are hidden,
 *   then everything that does not lead to a remaining claim along drawn edges (its reporters, who asserts
 *   or disputes it, the articles citing those and their outlets).
 * - Edge kinds, confidence: those edges are hidden (edges without a confidence never are). On their own
 *   they never hide a node; combined with the two rules above, a hidden edge is not a path.
 * - An edge is hidden whenever one of its ends is (no dangling edges, reason `endpoint`).
 * - Focus: the focus node's n-hop neighbourhood over drawn edges (either direction), plus the drawn
 *   neighbours of expanded nodes inside it. A missing or filtered-out focus node is set aside, not applied.
 *
 * Each hidden element is counted under the first reason that hides it.
 */
export function applyFilters(index: GraphIndex, state: ViewState): FilterResult {
  const nodeReason = nodeAttributeFilters(index, state);
  const edgeReason = edgeAttributeFilters(index, state);
  if (state.onlyDisputed) hideUndisputedClaims(index, nodeReason, edgeReason);
  markEndpoints(index, nodeReason, edgeReason);
  if (articlesFiltered(state)) {
    const reached = reachAlong(index, nodeReason, edgeReason, KIND.article, true);
    for (let v = 0; v < nodeReason.length; v++) {
      const kind = index.kind[v];
      if (nodeReason[v] === 0 && !reached[v] && kind !== KIND.article && kind !== KIND.outlet) {
        nodeReason[v] = NR.unreached;
      }
    }
    markEndpoints(index, nodeReason, edgeReason);
  }
  if (state.onlyDisputed) {
    const reached = reachAlong(index, nodeReason, edgeReason, KIND.claim, false);
    for (let v = 0; v < nodeReason.length; v++) if (nodeReason[v] === 0 && !reached[v]) nodeReason[v] = NR.disputed;
    markEndpoints(index, nodeReason, edgeReason);
  }
  const focus = applyFocus(index, state, nodeReason, edgeReason);
  if (focus === 'ok') markEndpoints(index, nodeReason, edgeReason);
  return {
    nodeReason,
    edgeReason,
    hiddenNodes: countReasons(nodeReason, NODE_HIDE_REASONS),
    hiddenEdges: countReasons(edgeReason, EDGE_HIDE_REASONS),
    focus,
  };
}

function articlesFiltered(state: ViewState): boolean {
  const outlets = state.hiddenOutlets;
  const some = outlets instanceof Set ? outlets.size > 0 : (outlets as readonly string[]).length > 0;
  return some || Boolean(state.dateRange?.from) || Boolean(state.dateRange?.to);
}

/** Claims nothing disputes: no incoming `disputes` edge that the edge filters let through. */
function hideUndisputedClaims(index: GraphIndex, nodeReason: Uint8Array, edgeReason: Uint8Array): void {
  const disputed = new Uint8Array(nodeReason.length);
  for (let e = 0; e < edgeReason.length; e++) {
    if (edgeReason[e] === 0 && index.ekind[e] === EKIND.disputes) disputed[index.tgt[e]!] = 1;
  }
  for (let v = 0; v < nodeReason.length; v++) {
    if (nodeReason[v] === 0 && index.kind[v] === KIND.claim && !disputed[v]) nodeReason[v] = NR.disputed;
  }
}

function countReasons<R extends string>(codes: Uint8Array, reasons: readonly R[]): Record<R, number> {
  const counts = new Array<number>(reasons.length + 1).fill(0);
  for (let i = 0; i < codes.length; i++) counts[codes[i]!]!++;
  return Object.fromEntries(reasons.map((r, i) => [r, counts[i + 1]!])) as Record<R, number>;
}

function nodeAttributeFilters(index: GraphIndex, state: ViewState): Uint8Array {
  const n = index.keys.length;
  const reason = new Uint8Array(n);
  const hiddenKinds = new Uint8Array(NODE_KINDS.length);
  for (const k of toSet(state.hiddenNodeKinds)) hiddenKinds[KIND[k]] = 1;
  const hiddenOutlet = new Uint8Array(n);
  for (const key of toSet(state.hiddenOutlets)) {
    const v = index.idOf.get(key);
    if (v !== undefined) hiddenOutlet[v] = 1;
  }
  const from = state.dateRange?.from?.slice(0, 10) ?? '';
  const to = state.dateRange?.to?.slice(0, 10) ?? '';
  for (let v = 0; v < n; v++) {
    const kind = index.kind[v]!;
    const outlet = index.outletOf[v]!;
    const day = index.day[v]!;
    if (hiddenKinds[kind]) reason[v] = NR.nodeKind;
    else if (outlet >= 0 && hiddenOutlet[outlet]) reason[v] = NR.outlet;
    else if (day && ((from && day < from) || (to && day > to))) reason[v] = NR.date;
    else if (state.hideAnonymous && index.anonymous[v]) reason[v] = NR.anonymous;
  }
  return reason;
}

function edgeAttributeFilters(index: GraphIndex, state: ViewState): Uint8Array {
  const m = index.src.length;
  const reason = new Uint8Array(m);
  const hiddenKinds = new Uint8Array(EDGE_KINDS.length);
  for (const k of toSet(state.hiddenEdgeKinds)) hiddenKinds[EKIND[k]] = 1;
  const min = state.minConfidence;
  for (let e = 0; e < m; e++) {
    if (hiddenKinds[index.ekind[e]!]) reason[e] = ER.edgeKind;
    else if (index.confidence[e]! < min) reason[e] = ER.confidence; // NaN < min is false: unrated edges stay
  }
  return reason;
}

function markEndpoints(index: GraphIndex, nodeReason: Uint8Array, edgeReason: Uint8Array): void {
  for (let e = 0; e < edgeReason.length; e++) {
    const r = edgeReason[e]!;
    if (r !== 0 && r !== ER.endpoint) continue;
    edgeReason[e] = nodeReason[index.src[e]!] || nodeReason[index.tgt[e]!] ? ER.endpoint : 0;
  }
}

/** Keeps the focus node's n-hop neighbourhood (over visible edges, either direction) plus expanded nodes' neighbours. */
function applyFocus(index: GraphIndex, state: ViewState, nodeReason: Uint8Array, edgeReason: Uint8Array): FocusStatus {
  if (!state.focus) return 'none';
  const start = index.idOf.get(state.focus.key);
  if (start === undefined) return 'missing';
  if (nodeReason[start] !== 0) return 'filtered';
  const depth = new Int32Array(nodeReason.length).fill(-1);
  depth[start] = 0;
  const queue = [start];
  const hops = Math.max(0, Math.floor(state.focus.hops));
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (depth[v]! >= hops) continue;
    visitNeighbours(index, edgeReason, v, (w) => {
      if (depth[w]! >= 0) return;
      depth[w] = depth[v]! + 1;
      queue.push(w);
    });
  }
  for (const key of toSet(state.expanded)) {
    const v = index.idOf.get(key);
    if (v === undefined || depth[v]! < 0) continue;
    visitNeighbours(index, edgeReason, v, (w) => {
      if (depth[w]! < 0) depth[w] = hops + 1;
    });
  }
  for (let v = 0; v < nodeReason.length; v++) if (nodeReason[v] === 0 && depth[v]! < 0) nodeReason[v] = NR.focus;
  return 'ok';
}

export function visitNeighbours(index: GraphIndex, edgeReason: Uint8Array, v: number, visit: (w: number) => unknown) {
  for (let p = index.adjStart[v]!; p < index.adjStart[v + 1]!; p++) {
    const e = index.adjEdge[p]!;
    if (edgeReason[e] !== 0) continue;
    visit(index.src[e] === v ? index.tgt[e]! : index.src[e]!);
  }
}

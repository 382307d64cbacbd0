import { EDGE_KINDS, NODE_KINDS } from '../model';
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
 * Decides, for every node and edge, whether the filters and the focus let it through, and if not, why.
 * Order matters only for attribution: each hidden element is counted under the first reason that hides it.
 */
export function applyFilters(index: GraphIndex, state: ViewState): FilterResult {
  const nodeReason = nodeAttributeFilters(index, state);
  const edgeReason = edgeAttributeFilters(index, state);
  markEndpoints(index, nodeReason, edgeReason);
  if (state.onlyDisputed) {
    keepDisputed(index, nodeReason, edgeReason);
    markEndpoints(index, nodeReason, edgeReason);
  }
  if (markIsolated(index, nodeReason, edgeReason)) markEndpoints(index, nodeReason, edgeReason);
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

/** Keeps what takes part in a dispute: both ends of `disputes` edges and whatever touches a disputed node. */
function keepDisputed(index: GraphIndex, nodeReason: Uint8Array, edgeReason: Uint8Array): void {
  const keep = new Uint8Array(nodeReason.length);
  const disputed = new Uint8Array(nodeReason.length);
  for (let e = 0; e < edgeReason.length; e++) {
    if (edgeReason[e] !== 0 || index.ekind[e] !== EKIND.disputes) continue;
    keep[index.src[e]!] = 1;
    keep[index.tgt[e]!] = 1;
    disputed[index.tgt[e]!] = 1;
  }
  for (let e = 0; e < edgeReason.length; e++) {
    if (edgeReason[e] !== 0) continue;
    if (disputed[index.src[e]!]) keep[index.tgt[e]!] = 1;
    if (disputed[index.tgt[e]!]) keep[index.src[e]!] = 1;
  }
  for (let v = 0; v < nodeReason.length; v++) if (nodeReason[v] === 0 && !keep[v]) nodeReason[v] = NR.disputed;
}

/**
 * Hides nodes left dangling by node filters: they had edges the edge filters let through, and every one
 * of those lost its other end. Hiding edge kinds alone never hides a node. Returns whether any was hidden.
 */
function markIsolated(index: GraphIndex, nodeReason: Uint8Array, edgeReason: Uint8Array): boolean {
  const passes = new Uint8Array(nodeReason.length);
  const drawn = new Uint8Array(nodeReason.length);
  for (let e = 0; e < edgeReason.length; e++) {
    const r = edgeReason[e]!;
    if (r !== 0 && r !== ER.endpoint) continue;
    const flags = r === 0 ? drawn : passes;
    flags[index.src[e]!] = 1;
    flags[index.tgt[e]!] = 1;
  }
  let any = false;
  for (let v = 0; v < nodeReason.length; v++) {
    if (nodeReason[v] === 0 && passes[v] && !drawn[v]) {
      nodeReason[v] = NR.isolated;
      any = true;
    }
  }
  return any;
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

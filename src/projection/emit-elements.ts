import { EDGE_KINDS } from '../model';
import type { FilterResult } from './apply-filters';
import { drawnEdgeData, drawnNodeData } from './drawn-data';
import { aggregateId, nextPageId } from './expansions';
import type { GraphIndex } from './graph-index';
import { aggregateLabel, countedEdgeLabel } from './labels';
import { GROUPS } from './overview';
import { EDGE_HIDE_REASONS, NODE_HIDE_REASONS } from './types';
import type { ViewAggregateEdge, ViewAggregateNode, ViewEdge, ViewNode, ViewRealEdge, ViewRealNode } from './types';

/** What the elements are emitted from: rep[v] as in `Overview` (v itself when drawn, -1 when filtered out). */
export interface EmitInput {
  index: GraphIndex;
  filter: FilterResult;
  rep: Int32Array;
  aggregates: Iterable<[number, number]>;
  countedEdges: Iterable<[number, number, number, number]>;
  pages: Map<string, number>;
}

const FOCUS_CODE = NODE_HIDE_REASONS.indexOf('focus') + 1;
const ENDPOINT_CODE = EDGE_HIDE_REASONS.indexOf('endpoint') + 1;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Turns the chosen representation into sorted view elements; returns how many edges were drawn as themselves. */
export function emitElements(input: EmitInput): { nodes: ViewNode[]; edges: ViewEdge[]; realEdges: number } {
  const { index, rep } = input;
  const n = index.keys.length;
  const realNodes: ViewRealNode[] = [];
  const stamp = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) if (rep[v] === v) realNodes.push(realNode(input, v, stamp));
  const aggNodes: ViewAggregateNode[] = [];
  for (const [r, count] of input.aggregates) aggNodes.push(aggregateNode(input, r - n, count));
  const realEdges: ViewRealEdge[] = [];
  for (let e = 0; e < index.src.length; e++) {
    if (input.filter.edgeReason[e] !== 0 || rep[index.src[e]!] !== index.src[e] || rep[index.tgt[e]!] !== index.tgt[e])
      continue;
    realEdges.push(realEdge(index, e));
  }
  const counted: ViewAggregateEdge[] = [];
  for (const [rs, rt, kind, count] of input.countedEdges) {
    const edgeKind = EDGE_KINDS[kind]!;
    const source = elementId(index, rs);
    const target = elementId(index, rt);
    const id = `agg-edge:${edgeKind}|${source}|${target}`;
    counted.push({
      type: 'aggregate-edge',
      id,
      source,
      target,
      kind: edgeKind,
      count,
      label: countedEdgeLabel(edgeKind, count),
    });
  }
  return {
    nodes: [...realNodes.sort(byId), ...aggNodes.sort(byId)],
    edges: [...realEdges.sort(byId), ...counted.sort(byId)],
    realEdges: realEdges.length,
  };
}

function slotParts(slot: number): { group: number; anchor: number } {
  return slot < 4 ? { group: slot, anchor: -1 } : { group: (slot - 4) % 4, anchor: Math.floor((slot - 4) / 4) };
}

function elementId(index: GraphIndex, r: number): string {
  const n = index.keys.length;
  if (r < n) return index.keys[r]!;
  const { group, anchor } = slotParts(r - n);
  return aggregateId(GROUPS[group]!, anchor < 0 ? '' : index.keys[anchor]!);
}

function aggregateNode(input: EmitInput, slot: number, count: number): ViewAggregateNode {
  const { group, anchor } = slotParts(slot);
  const anchorKey = anchor < 0 ? '' : input.index.keys[anchor]!;
  const groupName = GROUPS[group]!;
  const id = aggregateId(groupName, anchorKey);
  const pages = input.pages.get(id) ?? 0;
  const label = aggregateLabel(groupName, count, anchor < 0 ? '' : input.index.labels[anchor]!);
  return {
    type: 'aggregate',
    id,
    group: groupName,
    anchor: anchorKey,
    count,
    label,
    expanded: pages > 0,
    expandId: nextPageId(id, pages),
  };
}

function realNode(input: EmitInput, v: number, stamp: Int32Array): ViewRealNode {
  const data = drawnNodeData(input.index, v);
  const pages = input.pages.get(data.id) ?? 0;
  const hiddenNeighbours = countHiddenNeighbours(input, v, stamp);
  return {
    type: 'node',
    ...data,
    hiddenNeighbours,
    expanded: pages > 0,
    expandId: hiddenNeighbours > 0 ? nextPageId(data.id, pages) : '',
  };
}

/** Neighbours that pass the filters (but maybe not the focus) and are not drawn as themselves. */
function countHiddenNeighbours(input: EmitInput, v: number, stamp: Int32Array): number {
  const { index, rep, filter } = input;
  let count = 0;
  for (let p = index.adjStart[v]!; p < index.adjStart[v + 1]!; p++) {
    const e = index.adjEdge[p]!;
    const er = filter.edgeReason[e]!;
    if (er !== 0 && er !== ENDPOINT_CODE) continue;
    const w = index.src[e] === v ? index.tgt[e]! : index.src[e]!;
    const nr = filter.nodeReason[w]!;
    if (stamp[w] === v || rep[w] === w || (nr !== 0 && nr !== FOCUS_CODE)) continue;
    stamp[w] = v;
    count++;
  }
  return count;
}

function realEdge(index: GraphIndex, e: number): ViewRealEdge {
  return { type: 'edge', ...drawnEdgeData(index, e) };
}

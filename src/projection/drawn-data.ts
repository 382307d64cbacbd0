import { EDGE_KINDS, NODE_KINDS } from '../model';
import type { GraphIndex } from './graph-index';
import type { DrawnEdgeData, DrawnNodeData } from './types';

/** The data of node `v` as drawn, for the overview and the app's whole-graph canvas alike. */
export function drawnNodeData(index: GraphIndex, v: number): DrawnNodeData {
  const outlet = index.outletOf[v]!;
  return {
    id: index.keys[v]!,
    kind: NODE_KINDS[index.kind[v]!]!,
    label: index.labels[v]!,
    outlet: outlet >= 0 ? index.keys[outlet]! : '',
    anonymous: index.anonymous[v] === 1,
    cited: index.cited[v]!,
  };
}

/** The data of edge `e` as drawn; `confidence` only when the edge has one. */
export function drawnEdgeData(index: GraphIndex, e: number): DrawnEdgeData {
  const edge: DrawnEdgeData = {
    id: index.edgeKeys[e]!,
    source: index.keys[index.src[e]!]!,
    target: index.keys[index.tgt[e]!]!,
    kind: EDGE_KINDS[index.ekind[e]!]!,
    cue: index.cue[e]!,
  };
  const confidence = index.confidence[e]!;
  if (!Number.isNaN(confidence)) edge.confidence = confidence;
  return edge;
}

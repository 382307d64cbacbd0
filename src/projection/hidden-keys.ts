import type { SourcetraceGraph } from '../model';
import { applyFilters } from './apply-filters';
import { getGraphIndex } from './graph-index';
import type { ViewState } from './types';

/** Node and edge keys the filters hide. */
export interface HiddenKeys {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * The keys `applyFilters` hides, for views that draw the whole graph and only toggle visibility (the app's
 * canvas below the element budget, filtered exports). The overview reads the same decision, so a filter
 * hides the same elements at every graph size.
 */
export function hiddenKeys(graph: SourcetraceGraph, state: ViewState): HiddenKeys {
  const index = getGraphIndex(graph);
  const { nodeReason, edgeReason } = applyFilters(index, state);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (let v = 0; v < nodeReason.length; v++) if (nodeReason[v] !== 0) nodes.add(index.keys[v]!);
  for (let e = 0; e < edgeReason.length; e++) if (edgeReason[e] !== 0) edges.add(index.edgeKeys[e]!);
  return { nodes, edges };
}

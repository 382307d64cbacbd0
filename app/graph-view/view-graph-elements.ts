import type { ElementDefinition } from 'cytoscape';
import type { ViewEdge, ViewNode, ViewState } from '../../src/view-graph';
import type { FilterState, Focus } from '../store';
import { edgeClasses, nodeClasses, shortLabel } from './to-cy-elements';

/** The store's view settings in the view-graph module's terms. */
export function viewStateOf(
  f: FilterState,
  focus: Focus | null,
  expanded: readonly string[],
  minConfidence = 0,
): ViewState {
  return {
    hiddenNodeKinds: f.hiddenNodeKinds,
    hiddenEdgeKinds: f.hiddenEdgeKinds,
    hiddenOutlets: f.hiddenOutlets,
    dateRange: f.dateFrom || f.dateTo ? { from: f.dateFrom || undefined, to: f.dateTo || undefined } : null,
    hideAnonymous: f.hideAnonymous,
    onlyDisputed: f.onlyDisputed,
    minConfidence,
    focus,
    expanded,
  };
}

/**
 * A view-graph node as Cytoscape element: real nodes get the same data and classes as in the full view
 * (`toCyNode`), aggregates their own class.
 */
export function viewNodeElement(node: ViewNode): ElementDefinition {
  if (node.type === 'aggregate') {
    return { group: 'nodes', data: { ...node, kind: 'aggregate' }, classes: `aggregate ${node.group}` };
  }
  return { group: 'nodes', data: { ...node, label: shortLabel(node.label) }, classes: nodeClasses(node) };
}

export function viewEdgeElement(edge: ViewEdge): ElementDefinition {
  if (edge.type === 'aggregate-edge') {
    return { group: 'edges', data: { ...edge, cue: edge.label }, classes: `${edge.kind} counted` };
  }
  return { group: 'edges', data: { ...edge }, classes: edgeClasses(edge) };
}

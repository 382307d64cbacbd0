import type { ElementDefinition } from 'cytoscape';
import type { ViewEdge, ViewNode } from '../../src/projection';
import { edgeClasses, nodeClasses, shortLabel } from './to-cy-elements';

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

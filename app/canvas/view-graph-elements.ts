import type { ElementDefinition } from 'cytoscape';
import type { ViewEdge, ViewNode } from '../../src/projection';
import { edgeClasses, nodeClasses, shortLabel } from './to-cy-elements';

/** Class of the citation map's nodes and links: their own (light) styles in the stylesheet. */
export const MAP_NODE_CLASS = 'map-node';
export const MAP_LINK_CLASS = 'map-link';

/**
 * A view-graph node as Cytoscape element: real nodes get the same data and classes as in the full view
 * (`toCyNode`), aggregates their own class, the citation map's nodes their kind's plus the map's.
 */
export function viewNodeElement(node: ViewNode): ElementDefinition {
  if (node.type === 'aggregate') {
    return { group: 'nodes', data: { ...node, kind: 'aggregate' }, classes: `aggregate ${node.group}` };
  }
  if (node.type === 'map-node') {
    const data = { ...node, label: shortLabel(node.label) };
    return { group: 'nodes', data, classes: `${nodeClasses(node)} ${MAP_NODE_CLASS}` };
  }
  return { group: 'nodes', data: { ...node, label: shortLabel(node.label) }, classes: nodeClasses(node) };
}

export function viewEdgeElement(edge: ViewEdge): ElementDefinition {
  if (edge.type === 'map-edge') {
    return { group: 'edges', data: { ...edge }, classes: `${edge.kind} ${MAP_LINK_CLASS}` };
  }
  if (edge.type === 'aggregate-edge') {
    return { group: 'edges', data: { ...edge, cue: edge.label }, classes: `${edge.kind} counted` };
  }
  return { group: 'edges', data: { ...edge }, classes: edgeClasses(edge) };
}

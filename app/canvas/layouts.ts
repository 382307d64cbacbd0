import type { LayoutOptions } from 'cytoscape';

/**
 * Force-directed layout for the network view. Not animated, so positions are final when `layoutstop`
 * fires (the e2e hook and screenshots rely on it); quality 'proof' because the drawn view is small.
 */
export const NETWORK_LAYOUT = {
  name: 'fcose',
  quality: 'proof',
  randomize: true,
  animate: false,
  fit: true,
  padding: 40,
  nodeRepulsion: 25000,
  idealEdgeLength: 80,
  edgeElasticity: 0.3,
  gravity: 0.2,
  nodeSeparation: 120,
  packComponents: true,
} as LayoutOptions;

/**
 * The citation map's layout: the network's, spread wider, because its few nodes are big, carry large
 * labels and are joined by many links; packed tight they would hide each other's labels.
 */
export const MAP_LAYOUT = {
  ...NETWORK_LAYOUT,
  nodeRepulsion: 60000,
  idealEdgeLength: 150,
  nodeSeparation: 150,
} as unknown as LayoutOptions;

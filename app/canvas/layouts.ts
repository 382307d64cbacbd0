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

import type { LayoutOptions } from 'cytoscape';

/**
 * Force-directed layout for the network view, run in the layout worker (compute-layout.ts); positions are
 * final once the store's layoutStopped is called (the e2e hook relies on it); quality 'proof' because the
 * drawn view is small. Plain data only: the options travel to the worker.
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

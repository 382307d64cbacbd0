/** The network view: the Cytoscape canvas, its legend, and the pure projections behind them. */
export { GraphCanvas } from './GraphCanvas';
export { Legend } from './Legend';
export { outletColor, OUTLET_PALETTE } from './outlet-palette';
export { NODE_KIND_STYLE as NODE_KIND_STYLES, EDGE_KIND_STYLE as EDGE_KIND_STYLES } from '../../src/style';
export { useHiddenElements } from './use-hidden-elements';
export { toCyElements } from './to-cy-elements';

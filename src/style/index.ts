/** How each node and edge kind looks, wherever it is drawn: canvas, legend, SVG/PNG export, dossier. */
export * from './kind-style';
export { OUTLET_PALETTE, outletColor, nodeColor } from './outlet-color';

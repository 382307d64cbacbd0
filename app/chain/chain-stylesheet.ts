import type { StylesheetJson } from 'cytoscape';
import { STYLESHEET } from '../canvas/stylesheet';

/** The network stylesheet plus chain markers: the traced root, primary sources, anonymous ends, cue labels. */
export const CHAIN_STYLESHEET: StylesheetJson = [
  ...STYLESHEET,
  { selector: 'node', style: { 'min-zoomed-font-size': 0, 'text-max-width': '180px', 'text-wrap': 'wrap' } },
  { selector: 'edge', style: { label: 'data(cue)', 'min-zoomed-font-size': 0, 'font-size': 10 } },
  { selector: 'node.root', style: { 'border-color': '#0f172a', 'border-width': 4 } },
  { selector: 'node.primary', style: { 'border-color': '#15803d', 'border-width': 4, 'font-weight': 'bold' } },
  {
    selector: 'node.primary-anonymous',
    style: { 'border-color': '#b91c1c', 'border-style': 'dashed', 'border-width': 4 },
  },
];

/** Left to right: reporters, intermediaries, primary sources. */
export const CHAIN_LAYOUT = {
  name: 'dagre',
  rankDir: 'LR',
  nodeSep: 28,
  rankSep: 150,
  edgeSep: 12,
  animate: false,
  fit: true,
  padding: 36,
} as const;

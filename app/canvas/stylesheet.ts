import type { StylesheetJson } from 'cytoscape';
import { EDGE_KINDS, NODE_KINDS } from '../../src/model';
import { EDGE_KIND_STYLE, NODE_KIND_STYLE, outletColor } from '../../src/style';

const base: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#1e293b',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      // Labels vanish when zoomed out far enough to be unreadable: large graphs stay legible.
      'min-zoomed-font-size': 9,
      width: 'mapData(cited, 0, 8, 26, 58)',
      height: 'mapData(cited, 0, 8, 26, 58)',
      'border-width': 1.5,
      'border-color': '#ffffff',
    },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.9,
      'font-size': 9,
      color: '#475569',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'min-zoomed-font-size': 8,
    },
  },
];

const nodeKinds: StylesheetJson = NODE_KINDS.map((kind) => ({
  selector: `node.${kind}`,
  style: { shape: NODE_KIND_STYLE[kind].shape, 'background-color': NODE_KIND_STYLE[kind].color },
}));

const edgeKinds: StylesheetJson = EDGE_KINDS.map((kind) => {
  const s = EDGE_KIND_STYLE[kind];
  return {
    selector: `edge.${kind}`,
    style: { 'line-color': s.color, 'target-arrow-color': s.color, width: s.width, 'line-style': s.line },
  };
});

const special: StylesheetJson = [
  // Outlets and their articles wear the outlet's stable colour.
  {
    selector: 'node.outlet, node.article',
    style: { 'background-color': (n) => outletColor(String(n.data('outlet'))) },
  },
  { selector: 'node.article', style: { 'background-opacity': 0.55 } },
  // Claims are sentences: their labels only come in once zoomed in.
  { selector: 'node.claim', style: { 'font-size': 9, 'min-zoomed-font-size': 11 } },
  { selector: 'node.anonymous', style: { 'border-style': 'dashed', 'border-color': '#7c2d12', 'border-width': 2.5 } },
  { selector: 'edge.cites, edge.disputes, edge.supports', style: { label: 'data(cue)' } },
  // Extracted with little confidence (app/review): faded and dashed, whatever its kind.
  { selector: 'edge.low-confidence', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4], opacity: 0.45 } },
  // Overview: aggregates stand for many nodes; counted edges for many edges.
  {
    selector: 'node.aggregate',
    style: {
      shape: 'round-rectangle',
      'background-color': '#e2e8f0',
      'border-color': '#64748b',
      'border-style': 'dashed',
      width: 'mapData(count, 1, 2000, 40, 110)',
      height: 'mapData(count, 1, 2000, 30, 70)',
      'font-size': 11,
      'min-zoomed-font-size': 9,
      'text-valign': 'center',
      'text-wrap': 'wrap',
      'text-max-width': '120px',
    },
  },
  { selector: 'edge.counted', style: { label: 'data(cue)', width: 'mapData(count, 1, 500, 1.5, 8)' } },
  // Citation map: few mappers (size and line width, both pre-scaled to 0..1 by src/projection), large
  // readable outlet labels, and link counts that only come in once zoomed in: this is the 50k-node view.
  {
    selector: 'node.map-node',
    style: {
      width: 'mapData(size, 0, 1, 24, 96)',
      height: 'mapData(size, 0, 1, 24, 96)',
      'font-size': 24,
      'font-weight': 600,
      'min-zoomed-font-size': 7,
      'text-max-width': '200px',
    },
  },
  {
    selector: 'edge.map-link',
    style: {
      width: 'mapData(weight, 0, 1, 1, 12)',
      opacity: 0.55,
      'arrow-scale': 0.7,
      'font-size': 11,
      'min-zoomed-font-size': 12,
    },
  },
  // Drawn labels are chosen by app/canvas/label-declutter.ts; the rest stay measurable but are not painted,
  // and their nodes go below the labelled ones, so a painted label is not drawn over by an unlabelled node.
  { selector: 'node', style: { 'z-index': 1 } },
  { selector: 'node.label-hidden', style: { 'text-opacity': 0, 'z-index': 0 } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.25 } },
  { selector: 'node.hovered', style: { 'border-color': '#0f172a', 'border-width': 2.5 } },
  { selector: 'node.neighbour', style: { 'border-color': '#2563eb', 'border-width': 2.5 } },
  { selector: 'node.is-selected', style: { 'border-color': '#2563eb', 'border-width': 5, 'z-index': 10 } },
  {
    selector: 'edge.is-selected',
    style: { width: 5, 'line-color': '#2563eb', 'target-arrow-color': '#2563eb', 'z-index': 10 },
  },
];

/** The whole Cytoscape stylesheet: per-kind shapes, colours and line styles, then state classes. */
export const STYLESHEET: StylesheetJson = [...base, ...nodeKinds, ...edgeKinds, ...special];

import type { EdgeKind, NodeKind } from '../model';

/** Shapes the SVG writer can draw; the names match Cytoscape's so the app can use the same table. */
export const NODE_SHAPES = ['rectangle', 'round-rectangle', 'ellipse', 'hexagon', 'tag', 'diamond'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

/** Default look of each node kind in exports, when the caller passes no colours of its own. */
export const NODE_KIND_STYLE: Readonly<Record<NodeKind, { color: string; shape: NodeShape }>> = {
  article: { color: '#4c6ef5', shape: 'rectangle' },
  outlet: { color: '#364fc7', shape: 'round-rectangle' },
  person: { color: '#e8590c', shape: 'ellipse' },
  organization: { color: '#2b8a3e', shape: 'hexagon' },
  document: { color: '#862e9c', shape: 'tag' },
  claim: { color: '#868e96', shape: 'diamond' },
};

export const EDGE_KIND_COLORS: Readonly<Record<EdgeKind, string>> = {
  publishes: '#364fc7',
  cites: '#495057',
  asserts: '#e8590c',
  reports: '#4c6ef5',
  authored: '#862e9c',
  affiliated: '#2b8a3e',
  disputes: '#c92a2a',
  supports: '#2f9e44',
  mentions: '#adb5bd',
};

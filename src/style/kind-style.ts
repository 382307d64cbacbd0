import type { EdgeKind, NodeKind } from '../model';

/**
 * Node shapes, named as Cytoscape names them: the canvas uses the names as they are, the SVG writer and the
 * legend draw each one (src/export/svg-shapes.ts), so every picture of a kind has the same outline.
 */
export const NODE_SHAPES = ['rectangle', 'round-rectangle', 'ellipse', 'hexagon', 'diamond', 'barrel'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

export interface NodeKindStyle {
  shape: NodeShape;
  color: string;
  label: string;
}

/**
 * One distinct shape and colour per node kind: the single table the canvas stylesheet (and so the chain
 * view), the legend, SVG/PNG export and the dossier diagram read. Outlets and articles wear their outlet's
 * colour instead where an outlet is known (`nodeColor`).
 */
export const NODE_KIND_STYLE: Readonly<Record<NodeKind, NodeKindStyle>> = {
  article: { shape: 'round-rectangle', color: '#64748b', label: 'Article' },
  outlet: { shape: 'hexagon', color: '#0072b2', label: 'Outlet' },
  person: { shape: 'ellipse', color: '#e69f00', label: 'Person' },
  organization: { shape: 'diamond', color: '#7a5195', label: 'Organization' },
  document: { shape: 'rectangle', color: '#009e73', label: 'Document' },
  claim: { shape: 'barrel', color: '#c2a200', label: 'Claim' },
};

export interface EdgeKindStyle {
  color: string;
  width: number;
  line: 'solid' | 'dashed' | 'dotted';
  label: string;
}

export const EDGE_KIND_STYLE: Readonly<Record<EdgeKind, EdgeKindStyle>> = {
  cites: { color: '#334155', width: 2.5, line: 'solid', label: 'cites' },
  asserts: { color: '#94a3b8', width: 1, line: 'solid', label: 'asserts' },
  disputes: { color: '#dc2626', width: 2.5, line: 'dashed', label: 'disputes' },
  supports: { color: '#16a34a', width: 2, line: 'solid', label: 'supports' },
  reports: { color: '#a8a29e', width: 1.2, line: 'dotted', label: 'reports' },
  publishes: { color: '#cbd5e1', width: 1.5, line: 'solid', label: 'publishes' },
  authored: { color: '#0d9488', width: 1.5, line: 'solid', label: 'authored' },
  affiliated: { color: '#a78bfa', width: 1.2, line: 'dotted', label: 'affiliated with' },
  mentions: { color: '#e2e8f0', width: 1, line: 'dotted', label: 'mentions' },
};

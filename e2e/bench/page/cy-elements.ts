import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { ViewEdge, ViewGraphDiff, ViewNode } from '../../../src/projection';
import { STYLESHEET } from '../../../app/canvas/stylesheet';

/** The app's stylesheet plus looks for the overview's aggregates, which the app does not style yet. */
export const BENCH_STYLESHEET: StylesheetJson = [
  ...STYLESHEET,
  {
    selector: 'node.aggregate',
    style: { shape: 'round-rectangle', 'background-color': '#94a3b8', width: 70, height: 36 },
  },
  { selector: 'edge.aggregate-edge', style: { label: 'data(cue)', width: 2 } },
];

/** No labels, straight haystack edges, flat colours: what drawing costs with the cheapest look. */
export const PLAIN_STYLESHEET: StylesheetJson = [
  { selector: 'node', style: { width: 20, height: 20, 'background-color': '#64748b' } },
  { selector: 'edge', style: { 'curve-style': 'haystack', width: 1, 'line-color': '#cbd5e1' } },
  { selector: '.hidden', style: { display: 'none' } },
];

let placed = 0;

/**
 * Positions on a sunflower spiral, in insertion order: cheap and deterministic, so both modes pay the same
 * (nothing) for layout and the bench measures what handing elements to Cytoscape costs.
 */
export function nextPosition(): { x: number; y: number } {
  const i = placed++;
  const r = 28 * Math.sqrt(i);
  return { x: r * Math.cos(i * 2.39996), y: r * Math.sin(i * 2.39996) };
}

export function nodeElement(node: ViewNode): ElementDefinition {
  if (node.type === 'aggregate') {
    const data = { id: node.id, kind: 'aggregate', label: node.label, outlet: '', anonymous: false, cited: 8 };
    return { group: 'nodes', data, classes: 'aggregate', position: nextPosition() };
  }
  const { id, kind, label, outlet, anonymous, cited } = node;
  const classes = anonymous ? `${kind} anonymous` : kind;
  return { group: 'nodes', data: { id, kind, label, outlet, anonymous, cited }, classes, position: nextPosition() };
}

export function edgeElement(edge: ViewEdge): ElementDefinition {
  const { id, source, target, kind } = edge;
  if (edge.type === 'aggregate-edge') {
    return { group: 'edges', data: { id, source, target, kind, cue: edge.label }, classes: `${kind} aggregate-edge` };
  }
  return { group: 'edges', data: { id, source, target, kind, cue: edge.cue }, classes: kind };
}

/** Applies a projection diff in one batch, as the app's element controller is meant to. */
export function applyDiff(cy: Core, diff: ViewGraphDiff): void {
  cy.batch(() => {
    const gone = cy.collection();
    for (const id of [...diff.remove.edges, ...diff.remove.nodes]) gone.merge(cy.getElementById(id));
    cy.remove(gone);
    for (const n of diff.update.nodes) cy.getElementById(n.id).data(nodeElement(n).data);
    for (const e of diff.update.edges) cy.getElementById(e.id).data(edgeElement(e).data);
    cy.add([...diff.add.nodes.map(nodeElement), ...diff.add.edges.map(edgeElement)]);
  });
}

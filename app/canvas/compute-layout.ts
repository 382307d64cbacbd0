import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest } from './layout-protocol';

type Point = { x: number; y: number };

let registered = false;

/**
 * Runs the layout on a headless Cytoscape holding only what the request describes, each node at the size
 * the page draws it (fcose spaces nodes by their boxes). No DOM and no viewport: the caller fits the view.
 * Pure given the request (and Math.random, which fcose's random start uses).
 */
export function computeLayout({ nodes, edges, options }: LayoutRequest): Record<string, Point> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...nodes.map(({ id, w, h, x, y }) => ({ data: { id, w, h }, position: { x, y } })),
      ...edges.map(({ id, source, target }) => ({ data: { id, source, target } })),
    ],
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  // Not animated, so the layout has finished when run() returns.
  cy.layout({ ...options, animate: false, fit: false } as unknown as cytoscape.LayoutOptions).run();
  const positions: Record<string, Point> = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: p.x, y: p.y };
  });
  cy.destroy();
  return positions;
}

import type { Core } from 'cytoscape';
import type { FirstFrame, FirstFrameElement, Point } from '../persistence/first-frame';

/** What Cytoscape draws now, element by element: data, classes and (for nodes) model position. */
export function drawnElements(cy: Core): FirstFrameElement[] {
  const out: FirstFrameElement[] = [];
  cy.nodes().forEach((n) => {
    const { x, y } = n.position();
    out.push({ group: 'nodes', data: { ...n.data() }, classes: n.classes().join(' '), position: { x, y } });
  });
  cy.edges().forEach((e) => {
    out.push({ group: 'edges', data: { ...e.data() }, classes: e.classes().join(' ') });
  });
  return out;
}

/** Puts a stored first frame on an empty canvas, framed as it was left, in one batch. */
export function drawFirstFrame(cy: Core, frame: FirstFrame): void {
  cy.batch(() => {
    cy.add(
      frame.elements.map((e) => ({
        group: e.group,
        data: { ...e.data },
        classes: e.classes,
        ...(e.position ? { position: { x: e.position.x, y: e.position.y } } : {}),
      })),
    );
  });
  cy.viewport({ zoom: frame.viewport.zoom, pan: { ...frame.viewport.pan } });
}

/** Model positions of the frame's nodes by id, as the store keeps them. */
export function framePositions(frame: FirstFrame): Record<string, Point> {
  const out: Record<string, Point> = {};
  for (const e of frame.elements) if (e.position) out[e.data.id] = { x: e.position.x, y: e.position.y };
  return out;
}

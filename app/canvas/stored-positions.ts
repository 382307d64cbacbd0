import type { Core, NodeCollection } from 'cytoscape';

type Point = { x: number; y: number };

/** Model positions of `nodes` by id, as the store keeps them. */
export function positionsOf(nodes: NodeCollection): Record<string, Point> {
  const out: Record<string, Point> = {};
  nodes.forEach((n) => {
    const p = n.position();
    out[n.id()] = { x: p.x, y: p.y };
  });
  return out;
}

/**
 * Puts nodes back where the store says they were, in one batch, and returns the ones it has no position for
 * (they still need placing and a layout).
 */
export function restorePositions(
  cy: Core,
  nodes: NodeCollection,
  positions: Readonly<Record<string, Point>>,
): NodeCollection {
  const unplaced = nodes.filter((n) => !Object.hasOwn(positions, n.id()));
  if (unplaced.length === nodes.length) return unplaced;
  cy.batch(() => {
    nodes.forEach((n) => {
      const p = Object.hasOwn(positions, n.id()) ? positions[n.id()] : undefined;
      if (p) n.position({ x: p.x, y: p.y });
    });
  });
  return unplaced;
}

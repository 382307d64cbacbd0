import type { Core, NodeCollection } from 'cytoscape';

/**
 * Puts newly added nodes beside a neighbour that was already placed, so an incremental layout starts from
 * a sensible picture instead of a pile at the origin. Offsets come from the node's index: deterministic.
 */
export function placeNewNodes(cy: Core, added: NodeCollection): void {
  if (added.empty() || added.length === cy.nodes().length) return;
  const fresh = new Set(added.map((n) => n.id()));
  cy.batch(() => {
    added.forEach((node, i) => {
      const anchor = node.neighborhood('node').filter((n) => !fresh.has(n.id()))[0];
      const angle = (i * 2.399963) % (2 * Math.PI); // golden angle: neighbours fan out evenly
      const base = anchor ? anchor.position() : { x: 0, y: 0 };
      node.position({ x: base.x + 60 * Math.cos(angle), y: base.y + 60 * Math.sin(angle) });
    });
  });
}

import type { Core } from 'cytoscape';
import type { ViewGraphDiff } from '../../src/projection';
import { MAP_NODE_CLASS, viewEdgeElement, viewNodeElement } from './view-graph-elements';

/**
 * Applies a view-graph diff to Cytoscape in one batch: remove, add, update data. Positions of kept nodes stay.
 * A node kept between the citation map and a detailed view changes its map class too (only that one: the
 * others are the controllers' — hidden, selected, decluttered label).
 */
export function applyViewGraphDiff(cy: Core, diff: ViewGraphDiff): { added: number; removed: number } {
  cy.batch(() => {
    for (const id of [...diff.remove.edges, ...diff.remove.nodes]) cy.getElementById(id).remove();
    cy.add([...diff.add.nodes.map(viewNodeElement), ...diff.add.edges.map(viewEdgeElement)]);
    for (const n of diff.update.nodes) {
      cy.getElementById(n.id)
        .data(viewNodeElement(n).data)
        .toggleClass(MAP_NODE_CLASS, n.type === 'map-node');
    }
    for (const e of diff.update.edges) cy.getElementById(e.id).data(viewEdgeElement(e).data);
  });
  return {
    added: diff.add.nodes.length + diff.add.edges.length,
    removed: diff.remove.nodes.length + diff.remove.edges.length,
  };
}

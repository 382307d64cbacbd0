import type { Core } from 'cytoscape';
import type { ViewGraphDiff } from '../../src/projection';
import { viewEdgeElement, viewNodeElement } from './view-graph-elements';

/** Applies a view-graph diff to Cytoscape in one batch: remove, add, update data. Positions of kept nodes stay. */
export function applyViewGraphDiff(cy: Core, diff: ViewGraphDiff): { added: number; removed: number } {
  cy.batch(() => {
    for (const id of [...diff.remove.edges, ...diff.remove.nodes]) cy.getElementById(id).remove();
    cy.add([...diff.add.nodes.map(viewNodeElement), ...diff.add.edges.map(viewEdgeElement)]);
    for (const n of diff.update.nodes) cy.getElementById(n.id).data(viewNodeElement(n).data);
    for (const e of diff.update.edges) cy.getElementById(e.id).data(viewEdgeElement(e).data);
  });
  return {
    added: diff.add.nodes.length + diff.add.edges.length,
    removed: diff.remove.nodes.length + diff.remove.edges.length,
  };
}

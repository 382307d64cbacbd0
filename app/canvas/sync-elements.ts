import type { Core } from 'cytoscape';
import type { SourcetraceGraph } from '../../src/model';
import { toCyEdge, toCyNode } from './to-cy-elements';

export interface SyncResult {
  added: number;
  removed: number;
}

/**
 * Brings Cytoscape's elements in line with the graph incrementally, in one batch: removes what left,
 * adds what arrived, refreshes the data of what stayed. Never rebuilds, so positions survive.
 */
export function syncElements(cy: Core, graph: SourcetraceGraph): SyncResult {
  let added = 0;
  let removed = 0;
  cy.batch(() => {
    const stale = cy.elements().filter((el) => (el.isNode() ? !graph.hasNode(el.id()) : !graph.hasEdge(el.id())));
    removed = stale.length;
    cy.remove(stale);
    const fresh = [];
    for (const key of graph.nodes()) {
      const el = cy.getElementById(key);
      const def = toCyNode(graph, key);
      if (el.empty()) fresh.push(def);
      else el.data(def.data);
    }
    for (const key of graph.edges()) {
      const el = cy.getElementById(key);
      const def = toCyEdge(graph, key);
      if (el.empty()) fresh.push(def);
      else el.data({ kind: def.data.kind, cue: def.data.cue });
    }
    added = fresh.length;
    cy.add(fresh);
  });
  return { added, removed };
}

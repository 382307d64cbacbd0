import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildViewGraph, diffViewGraph, type ViewGraph } from '../../../src/view-graph';
import {
  selectBudget,
  selectExpanded,
  selectFilters,
  selectFocus,
  selectGraph,
  selectGraphVersion,
  useAppStore,
  useAppStoreApi,
} from '../../store';
import { placeNewNodes } from '../place-new-nodes';
import { syncElements } from '../sync-elements';
import { applyViewGraphDiff } from '../sync-view-graph';
import { viewStateOf } from '../view-graph-elements';

/**
 * Renderless: keeps Cytoscape's elements in step with the store. When the whole graph fits the element
 * budget it is all drawn, and filters and focus only toggle classes (no element churn). Above the budget
 * Cytoscape gets the view graph instead: an overview built for the current filters, focus and expansions,
 * updated by diff so unchanged elements keep their positions.
 */
export function ElementsController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const graph = useAppStore(selectGraph);
  const version = useAppStore(selectGraphVersion);
  const budget = useAppStore(selectBudget);
  const filters = useAppStore(useShallow(selectFilters));
  const focus = useAppStore(selectFocus);
  const expanded = useAppStore(selectExpanded);
  const previous = useRef<ViewGraph | null>(null);
  const total = graph.order + graph.size;
  const full = total <= budget;

  useEffect(() => {
    if (!full) return;
    previous.current = null;
    const before = cy.nodes();
    syncElements(cy, graph);
    placeNewNodes(cy, cy.nodes().difference(before));
    store.getState().elementsDrawn({ mode: 'all', elements: cy.elements().length, total, aggregated: 0 }, true);
  }, [cy, graph, version, full, total, store]);

  useEffect(() => {
    if (full) return;
    const view = buildViewGraph(graph, viewStateOf(filters, focus, expanded), { budget });
    if (!previous.current) cy.elements().remove(); // leaving the full view: start from a clean canvas
    const before = cy.nodes();
    const { added, removed } = applyViewGraphDiff(cy, diffViewGraph(previous.current, view));
    placeNewNodes(cy, cy.nodes().difference(before));
    previous.current = view;
    const drawn = {
      mode: view.mode,
      elements: view.nodes.length + view.edges.length,
      total,
      aggregated: view.aggregated.nodes,
    };
    store.getState().elementsDrawn(drawn, added + removed > 0);
  }, [cy, graph, version, full, total, budget, filters, focus, expanded, store]);
  return null;
}

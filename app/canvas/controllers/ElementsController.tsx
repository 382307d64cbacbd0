import type { Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { buildViewGraph, diffViewGraph, type ViewGraph } from '../../../src/projection';
import {
  selectBudget,
  selectExpanded,
  selectFilters,
  selectFocus,
  selectMapSources,
  selectMinConfidence,
  selectOverview,
  useAppStore,
  useAppStoreApi,
  useGraphRevision,
  viewStateOf,
  type AppStore,
} from '../../store';
import { placeNewNodes } from '../place-new-nodes';
import { positionsOf, restorePositions } from '../stored-positions';
import { syncElements } from '../sync-elements';
import { applyViewGraphDiff } from '../sync-view-graph';

/**
 * Adds/removes elements with `change`, then puts the new nodes back where the store saw them, or beside a
 * neighbour if it never did. True when some node still needs a layout.
 */
function redraw(cy: Core, store: AppStore, change: () => void): boolean {
  const { positions, keepPositions } = store.getState();
  // Nodes about to leave may have moved since their layout (a snapshot's positions): keep where they are now.
  keepPositions(positionsOf(cy.nodes().filter((n) => Object.hasOwn(positions, n.id()))));
  const before = cy.nodes();
  change();
  const unplaced = restorePositions(cy, cy.nodes().difference(before), store.getState().positions);
  placeNewNodes(cy, unplaced);
  return unplaced.nonempty();
}

/**
 * Renderless: keeps Cytoscape's elements in step with the store. When the whole graph fits the element
 * budget it is all drawn, and filters and focus only toggle classes (no element churn). Above the budget
 * Cytoscape gets the view graph instead: the outlet citation map (or, if picked, the detailed overview) while
 * nothing is focused, the focused neighbourhood otherwise, built for the current filters and expansions and
 * updated by diff so unchanged elements keep their positions.
 *
 * Nodes that arrive go where the store last saw them; only those it never placed sit beside a neighbour and
 * ask for a layout.
 */
export function ElementsController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const { graph, version } = useGraphRevision();
  const budget = useAppStore(selectBudget);
  const filters = useAppStore(useShallow(selectFilters));
  const focus = useAppStore(selectFocus);
  const expanded = useAppStore(selectExpanded);
  const minConfidence = useAppStore(selectMinConfidence);
  const overview = useAppStore(selectOverview);
  const mapSources = useAppStore(selectMapSources);
  const previous = useRef<ViewGraph | null>(null);
  const total = graph.order + graph.size;
  const full = total <= budget;

  useEffect(() => {
    if (!full) return;
    previous.current = null;
    const changed = redraw(cy, store, () => syncElements(cy, graph));
    store.getState().elementsDrawn({ mode: 'all', elements: cy.elements().length, total, aggregated: 0 }, changed);
  }, [cy, graph, version, full, total, store]);

  useEffect(() => {
    if (full) return;
    const state = viewStateOf(filters, focus, expanded, minConfidence);
    const view = buildViewGraph(graph, state, { budget, overview, mapSources });
    const changed = redraw(cy, store, () => {
      if (!previous.current) cy.elements().remove(); // leaving the full view: start from a clean canvas
      applyViewGraphDiff(cy, diffViewGraph(previous.current, view));
    });
    previous.current = view;
    const drawn = {
      mode: view.mode,
      elements: view.nodes.length + view.edges.length,
      total,
      aggregated: view.aggregated.nodes,
    };
    store.getState().elementsDrawn(drawn, changed);
  }, [cy, graph, version, full, total, budget, overview, mapSources, filters, focus, expanded, minConfidence, store]);
  return null;
}

import type { SourcetraceGraph } from '../../src/model';
import { hiddenKeys, type HiddenKeys, type ViewState } from '../../src/projection';
import type { FilterState, Focus } from './app-state';

/** The store's view settings in src/projection's terms. */
export function viewStateOf(
  f: FilterState,
  focus: Focus | null,
  expanded: readonly string[],
  minConfidence = 0,
): ViewState {
  return {
    hiddenNodeKinds: f.hiddenNodeKinds,
    hiddenEdgeKinds: f.hiddenEdgeKinds,
    hiddenOutlets: f.hiddenOutlets,
    dateRange: f.dateFrom || f.dateTo ? { from: f.dateFrom || undefined, to: f.dateTo || undefined } : null,
    hideAnonymous: f.hideAnonymous,
    onlyDisputed: f.onlyDisputed,
    minConfidence,
    focus,
    expanded,
  };
}

/** What the filters hide. Filters never touch the graph: this set becomes Cytoscape classes. */
export type HiddenElements = HiddenKeys;

/**
 * The hidden nodes and edges for the store's filters, focus, expansions and confidence threshold. The
 * decision is `applyFilters` in src/projection (its TSDoc says what each filter means), the same one the
 * overview drawn above the element budget is built from.
 */
export function hiddenElements(
  graph: SourcetraceGraph,
  f: FilterState,
  focus: Focus | null = null,
  expanded: readonly string[] = [],
  minConfidence = 0,
): HiddenElements {
  return hiddenKeys(graph, viewStateOf(f, focus, expanded, minConfidence));
}

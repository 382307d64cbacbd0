/**
 * The view graph: what the renderer should draw for the whole graph under the user's filters, focus and
 * expansions, within an element budget (an aggregated overview above it), plus a diff for incremental updates.
 */
export { buildViewGraph, DEFAULT_BUDGET, DEFAULT_PAGE_SIZE, EMPTY_VIEW_STATE, MIN_BUDGET } from './build-view-graph';
export { diffViewGraph, type ViewGraphDiff } from './diff-view-graph';
export { withExpanded, withoutExpanded, expansionPages, parseAggregateId } from './expansions';
export { getGraphIndex, type GraphIndex } from './graph-index';
export * from './types';

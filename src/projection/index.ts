/**
 * Projection: what a renderer should draw of the graph under the user's filters, focus and expansions —
 * the one filter decision (`applyFilters`, `hiddenKeys`), the drawn whole graph or, above an element budget,
 * an aggregated overview or the outlet-level citation map, label placement — plus a diff for incremental updates.
 */
export {
  buildViewGraph,
  DEFAULT_BUDGET,
  DEFAULT_MAP_SOURCES,
  DEFAULT_PAGE_SIZE,
  EMPTY_VIEW_STATE,
  MIN_BUDGET,
} from './build-view-graph';
export { articlesBehind, rankedCitations, type RankedCitation, type RankedCitations } from './ranked-citations';
export { placeLabels, type LabelBox } from './place-labels';
export { diffViewGraph, type ViewGraphDiff } from './diff-view-graph';
export {
  withExpanded,
  withoutExpanded,
  expansionPages,
  nextPageId as nextPageIdOf,
  parseAggregateId,
} from './expansions';
export { getGraphIndex, type GraphIndex } from './graph-index';
export * from './types';
export { applyFilters, type FilterResult } from './apply-filters';
export { hiddenKeys, type HiddenKeys } from './hidden-keys';

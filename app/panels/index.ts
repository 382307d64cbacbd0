/** Side panels: the selection's details and evidence, the filters, search, and the pure helpers behind them. */
export { DetailsPanel } from './DetailsPanel';
export { evidenceContext, type EvidenceContext } from './evidence-context';
export { nodeCounts, type NodeCounts } from './node-summary';
export { FilterPanel } from './FilterPanel';
export { outletSummaries, articleDateSpan, type OutletSummary } from './outlet-summaries';
export { SearchBox, SEARCH_INPUT_ID } from './SearchBox';
export { buildSearchIndex, searchNodes, type SearchHit, type SearchItem } from './search-index';
export { HistoryButtons } from './HistoryButtons';

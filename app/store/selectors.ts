import type { AppState } from './app-state';
import type { FilterState } from './filter-slice';

// Module-level selectors: stable identities, so React never re-subscribes. Those returning a new object
// are meant for `useShallow`.
export const selectGraph = (s: AppState) => s.graph;
export const selectGraphVersion = (s: AppState) => s.graphVersion;
export const selectStatus = (s: AppState) => s.status;
export const selectLoadError = (s: AppState) => s.loadError;
export const selectProgress = (s: AppState) => s.progress;
export const selectProblems = (s: AppState) => s.problems;
export const selectMode = (s: AppState) => s.mode;
export const selectChainTrail = (s: AppState) => s.chainTrail;
export const selectSelection = (s: AppState) => s.selection;
export const selectHiddenOutlets = (s: AppState) => s.hiddenOutlets;
export const selectRevealRequest = (s: AppState) => s.revealRequest;
export const selectHovered = (s: AppState) => s.hovered;

/** The filter lists only (no actions), for `useShallow`. */
export const selectFilters = (s: AppState): FilterState => ({
  hiddenNodeKinds: s.hiddenNodeKinds,
  hiddenEdgeKinds: s.hiddenEdgeKinds,
  hiddenOutlets: s.hiddenOutlets,
  dateFrom: s.dateFrom,
  dateTo: s.dateTo,
  hideAnonymous: s.hideAnonymous,
  onlyDisputed: s.onlyDisputed,
});

/** The selected node's key, or null when nothing or an edge is selected. */
export const selectSelectedNode = (s: AppState) => (s.selection?.type === 'node' ? s.selection.key : null);

// Corpus: import, reader, persistence.
export const selectImportProgress = (s: AppState) => s.importProgress;
export const selectImportReport = (s: AppState) => s.importReport;
export const selectImportedArticles = (s: AppState) => s.importedArticles;
export const selectReaderArticle = (s: AppState) => s.readerArticle;
export const selectPersistenceError = (s: AppState) => s.persistenceError;

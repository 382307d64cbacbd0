/** The app's zustand store: factory, provider, hooks, selectors and slice types. */
export type { AppState } from './app-state';
export { createAppStore, type AppStore, type AppStoreOptions } from './create-app-store';
export { AppStoreProvider } from './AppStoreProvider';
export { useAppStore, useAppStoreApi } from './useAppStore';
export { useGraphRevision } from './useGraphRevision';
export * from './selectors';
export type { GraphState, GraphActions, LoadStatus } from './graph-slice';
export {
  RENDERERS,
  VIEW_MODES,
  type Renderer,
  type Drawn,
  type Focus,
  type ViewState,
  type ViewActions,
  type Selection,
  type ViewMode,
} from './view-slice';
export { EMPTY_FILTERS, toggleIn, type FilterState, type FilterActions } from './filter-slice';
export {
  HISTORY_LIMIT,
  viewSnapshot,
  type HistoryActions,
  type HistoryState,
  type ViewSnapshot,
} from './history-slice';
export type {
  CanvasPort,
  ExportActions,
  ExportNotice,
  ExportState,
  PendingView,
  PngRequest,
  Viewport,
} from './export-slice';
export type { CorpusState, CorpusActions, CorpusServices, ImportReport } from './corpus-slice';
export type { DecisionInput, ReviewActions, ReviewSlice, ReviewState } from './review-slice';

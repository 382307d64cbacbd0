/**
 * The app's zustand store: factory, provider, hooks, selectors, the store's types (app-state.ts), what the
 * filters hide, and start-up (saved workspace or sample corpus).
 */
export { createAppStore, type AppStore, type AppStoreOptions } from './create-app-store';
export { AppStoreProvider } from './AppStoreProvider';
export { useAppStore, useAppStoreApi } from './useAppStore';
export { useGraphRevision } from './useGraphRevision';
export * from './selectors';
export {
  OVERVIEWS,
  RENDERERS,
  VIEW_MODES,
  type AppState,
  type CanvasPort,
  type CorpusActions,
  type CorpusServices,
  type CorpusState,
  type DecisionInput,
  type Drawn,
  type ExportActions,
  type ExportNotice,
  type ExportState,
  type FilterActions,
  type FilterState,
  type Focus,
  type GraphActions,
  type GraphState,
  type HistoryActions,
  type HistoryState,
  type ImportReport,
  type LoadStatus,
  type Overview,
  type PendingView,
  type PngRequest,
  type Point,
  type Renderer,
  type ReviewActions,
  type ReviewSlice,
  type ReviewState,
  type Selection,
  type ViewActions,
  type ViewMode,
  type ViewSnapshot,
  type ViewState,
  type Viewport,
} from './app-state';
export { EMPTY_FILTERS, toggleIn } from './filter-slice';
export { HISTORY_LIMIT, viewSnapshot } from './history-slice';
export { startWorkspace } from './start-workspace';
export { hiddenElements, viewStateOf, type HiddenElements } from './hidden-elements';

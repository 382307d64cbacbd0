import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from './app-state';
import { createCorpusSlice, type CorpusServices } from './corpus-slice';
import { defaultCorpusServices } from './default-corpus-services';
import { createExportSlice } from './export-slice';
import { createFilterSlice } from './filter-slice';
import { createGraphSlice } from './graph-slice';
import { createHistorySlice } from './history-slice';
import { createViewSlice } from './view-slice';

export type AppStore = StoreApi<AppState>;

/** What a store can be given instead of its defaults (tests pass fakes for the worker and IndexedDB). */
export interface AppStoreOptions {
  corpus?: () => CorpusServices;
}

/** A fresh store per app (and per test): no module-level singleton. */
export function createAppStore(options: AppStoreOptions = {}): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createGraphSlice(...a),
    ...createViewSlice(...a),
    ...createFilterSlice(...a),
    ...createExportSlice(...a),
    ...createHistorySlice(...a),
    ...createCorpusSlice(options.corpus ?? defaultCorpusServices)(...a),
  }));
}

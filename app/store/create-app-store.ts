import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState } from './app-state';
import { createExportSlice } from './export-slice';
import { createFilterSlice } from './filter-slice';
import { createGraphSlice } from './graph-slice';
import { createViewSlice } from './view-slice';

export type AppStore = StoreApi<AppState>;

/** A fresh store per app (and per test): no module-level singleton. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createGraphSlice(...a),
    ...createViewSlice(...a),
    ...createFilterSlice(...a),
    ...createExportSlice(...a),
  }));
}

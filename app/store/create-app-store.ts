import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AppState, CorpusServices } from './app-state';
import { createCorpusSlice } from './corpus-slice';
import { defaultCorpusServices } from './default-corpus-services';
import { createExportSlice } from './export-slice';
import { createFilterSlice } from './filter-slice';
import { createGraphSlice } from './graph-slice';
import { connectHistory, createHistorySlice } from './history-slice';
import { createReviewSlice } from './review-slice';
import type { DecisionStorage } from '../review/decision-storage';
import { createDecisionStorage } from '../review/review-store-db';
import { connectPendingReveal } from './pending-reveal';
import { createViewSlice } from './view-slice';

export type AppStore = StoreApi<AppState>;

/** What a store can be given instead of its defaults (tests pass fakes for the worker and IndexedDB). */
export interface AppStoreOptions {
  corpus?: () => CorpusServices;
  /** Where review decisions are saved (default: the workspace database). */
  review?: () => DecisionStorage;
}

/** A fresh store per app (and per test): no module-level singleton. */
export function createAppStore(options: AppStoreOptions = {}): AppStore {
  let decisions: DecisionStorage | null = null;
  const reviewStorage = options.review ?? (() => (decisions ??= createDecisionStorage()));
  const store = createStore<AppState>()((...a) => ({
    ...createGraphSlice(...a),
    ...createViewSlice(...a),
    ...createFilterSlice(...a),
    ...createExportSlice(...a),
    ...createHistorySlice(...a),
    ...createCorpusSlice(options.corpus ?? defaultCorpusServices)(...a),
    ...createReviewSlice(reviewStorage)(...a),
  }));
  // The one store subscription that writes back: undo/redo records view changes by watching the store.
  // Wired here, in sight, once the store exists — not as a side effect of creating the history slice.
  connectHistory(store);
  connectPendingReveal(store);
  return store;
}

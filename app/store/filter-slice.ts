import type { StateCreator } from 'zustand/vanilla';
import type { FilterState, FilterSlice, AppState } from './app-state';

export const EMPTY_FILTERS: FilterState = {
  hiddenNodeKinds: [],
  hiddenEdgeKinds: [],
  hiddenOutlets: [],
  dateFrom: '',
  dateTo: '',
  hideAnonymous: false,
  onlyDisputed: false,
};

/** Adds `value` when absent, removes it when present; the result stays sorted. */
export function toggleIn<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value].sort();
}

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set, get) => ({
  ...EMPTY_FILTERS,
  toggleNodeKind: (kind) => set({ hiddenNodeKinds: toggleIn(get().hiddenNodeKinds, kind) }),
  toggleEdgeKind: (kind) => set({ hiddenEdgeKinds: toggleIn(get().hiddenEdgeKinds, kind) }),
  toggleOutlet: (outlet) => set({ hiddenOutlets: toggleIn(get().hiddenOutlets, outlet) }),
  onlyOutlet: (outlet, all) => set({ hiddenOutlets: all.filter((o) => o !== outlet).sort() }),
  setDateRange: (dateFrom, dateTo) => set({ dateFrom, dateTo }),
  setHideAnonymous: (hideAnonymous) => set({ hideAnonymous }),
  setOnlyDisputed: (onlyDisputed) => set({ onlyDisputed }),
  setFilters: (filters) => set({ ...filters }),
  resetFilters: () => set(EMPTY_FILTERS),
});

import type { StateCreator } from 'zustand/vanilla';
import type { EdgeKind, NodeKind } from '../../src/model';
import type { AppState } from './app-state';

export interface FilterState {
  /** Sorted lists (not Sets) so they compare shallowly and serialise to the URL as they are. */
  hiddenNodeKinds: NodeKind[];
  hiddenEdgeKinds: EdgeKind[];
  /** Outlet node keys whose articles are hidden. */
  hiddenOutlets: string[];
  /** Inclusive ISO dates (YYYY-MM-DD) bounding article publication; '' means open. Undated articles stay. */
  dateFrom: string;
  dateTo: string;
  hideAnonymous: boolean;
  /** Show only disputed claims and what leads to them. */
  onlyDisputed: boolean;
}

export interface FilterActions {
  toggleNodeKind: (kind: NodeKind) => void;
  toggleEdgeKind: (kind: EdgeKind) => void;
  toggleOutlet: (outlet: string) => void;
  /** Hides every outlet in `all` except `outlet`. */
  onlyOutlet: (outlet: string, all: readonly string[]) => void;
  setDateRange: (from: string, to: string) => void;
  setHideAnonymous: (hide: boolean) => void;
  setOnlyDisputed: (only: boolean) => void;
  /** Replaces every filter at once (URL restore, undo). */
  setFilters: (filters: FilterState) => void;
  resetFilters: () => void;
}

export type FilterSlice = FilterState & FilterActions;

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

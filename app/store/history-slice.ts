import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-state';
import { EMPTY_FILTERS, type FilterState } from './filter-slice';
import type { Focus, Selection, ViewMode } from './view-slice';

/** The part of the state that undo/redo walks through: what the user set, not the graph or the camera. */
export interface ViewSnapshot {
  filters: FilterState;
  selection: Selection;
  mode: ViewMode;
  chainTrail: string[];
  focus: Focus | null;
  expanded: string[];
}

export interface HistoryState {
  viewPast: ViewSnapshot[];
  viewFuture: ViewSnapshot[];
}

export interface HistoryActions {
  undoView: () => void;
  redoView: () => void;
}

export type HistorySlice = HistoryState & HistoryActions;

/** Older steps are dropped beyond this. */
export const HISTORY_LIMIT = 200;

const FILTER_KEYS = Object.keys(EMPTY_FILTERS) as (keyof FilterState)[];

export function viewSnapshot(s: AppState): ViewSnapshot {
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, s[k]])) as unknown as FilterState;
  return {
    filters,
    selection: s.selection,
    mode: s.mode,
    chainTrail: s.chainTrail,
    focus: s.focus,
    expanded: s.expanded,
  };
}

/** Field by field, by identity: the slices replace a value whenever it changes. */
export function sameView(a: ViewSnapshot, b: ViewSnapshot): boolean {
  return (
    a.selection === b.selection &&
    a.mode === b.mode &&
    a.chainTrail === b.chainTrail &&
    a.focus === b.focus &&
    a.expanded === b.expanded &&
    FILTER_KEYS.every((k) => a.filters[k] === b.filters[k])
  );
}

const applied = (v: ViewSnapshot): Partial<AppState> => ({
  ...v.filters,
  selection: v.selection,
  mode: v.mode,
  chainTrail: v.chainTrail,
  focus: v.focus,
  expanded: v.expanded,
});

/**
 * Undo/redo of view changes. Every change to filters, selection, mode, chain trail or focus is recorded by a
 * store subscription (so no action has to remember to), except the ones undo and redo make themselves.
 */
export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get, api) => {
  let replaying = false;
  api.subscribe((state, previous) => {
    if (replaying) return;
    const before = viewSnapshot(previous);
    if (sameView(before, viewSnapshot(state))) return;
    set({ viewPast: [...state.viewPast, before].slice(-HISTORY_LIMIT), viewFuture: [] });
  });
  const step = (from: 'viewPast' | 'viewFuture', to: 'viewPast' | 'viewFuture') => {
    const s = get();
    const target = s[from][s[from].length - 1];
    if (!target) return;
    replaying = true;
    try {
      set({ ...applied(target), [from]: s[from].slice(0, -1), [to]: [...s[to], viewSnapshot(s)] });
    } finally {
      replaying = false;
    }
  };
  return {
    viewPast: [],
    viewFuture: [],
    undoView: () => step('viewPast', 'viewFuture'),
    redoView: () => step('viewFuture', 'viewPast'),
  };
};

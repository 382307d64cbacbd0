import type { StateCreator, StoreApi } from 'zustand/vanilla';
import { EMPTY_FILTERS } from './filter-slice';
import type { FilterState, ViewSnapshot, HistorySlice, AppState } from './app-state';

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
 * Undo/redo of view changes: the two stacks and the steps between them. Recording is not done here but by
 * connectHistory, which the store factory wires once the store exists, so creating the slice has no side
 * effect. A step moves a stack in the same update as the view it restores, which is how the recorder
 * tells a step from a user's change.
 */
export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => {
  const step = (from: 'viewPast' | 'viewFuture', to: 'viewPast' | 'viewFuture') => {
    const s = get();
    const target = s[from][s[from].length - 1];
    if (!target) return;
    set({ ...applied(target), [from]: s[from].slice(0, -1), [to]: [...s[to], viewSnapshot(s)] });
  };
  return {
    viewPast: [],
    viewFuture: [],
    undoView: () => step('viewPast', 'viewFuture'),
    redoView: () => step('viewFuture', 'viewPast'),
  };
};

/**
 * Records every change to filters, selection, mode, chain trail, focus or expansions as an undo step, by
 * watching the store, so no action has to remember to. Updates that move a history stack (undo, redo, and
 * this recorder's own write) are not recorded. Returns the unsubscribe.
 */
export function connectHistory(store: StoreApi<AppState>): () => void {
  return store.subscribe((state, previous) => {
    if (state.viewPast !== previous.viewPast || state.viewFuture !== previous.viewFuture) return;
    const before = viewSnapshot(previous);
    if (sameView(before, viewSnapshot(state))) return;
    store.setState({ viewPast: [...state.viewPast, before].slice(-HISTORY_LIMIT), viewFuture: [] });
  });
}

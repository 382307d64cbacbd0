import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-state';

/** What is selected: one node or one edge, by its graph key. */
export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string } | null;

export interface ViewState {
  selection: Selection;
  /** Key of the element under the pointer, if any. */
  hovered: string | null;
  /** Layout progress of the canvas: lets the UI (and the e2e hook) know when positions are final. */
  layoutRunning: boolean;
  layoutRuns: number;
  /** Bumped to ask the canvas to bring the selection into view (search, chain steps). */
  revealRequest: number;
}

export interface ViewActions {
  select: (selection: Selection) => void;
  clearSelection: () => void;
  /** Selects a node and asks the canvas to centre on it. */
  reveal: (key: string) => void;
  setHovered: (key: string | null) => void;
  layoutStarted: () => void;
  layoutStopped: () => void;
}

export type ViewSlice = ViewState & ViewActions;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  selection: null,
  hovered: null,
  select: (selection) => {
    const current = get().selection;
    if (current?.type === selection?.type && current?.key === selection?.key) return;
    set({ selection });
  },
  clearSelection: () => get().select(null),
  revealRequest: 0,
  reveal: (key) => {
    get().select({ type: 'node', key });
    set({ revealRequest: get().revealRequest + 1 });
  },
  setHovered: (hovered) => set({ hovered }),
  layoutRunning: false,
  layoutRuns: 0,
  layoutStarted: () => set({ layoutRunning: true }),
  layoutStopped: () => set({ layoutRunning: false, layoutRuns: get().layoutRuns + 1 }),
});

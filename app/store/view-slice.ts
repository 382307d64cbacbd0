import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-state';

/** What is selected: one node or one edge, by its graph key. */
export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string } | null;

/** Which picture the canvas area shows. */
export const VIEW_MODES = ['network', 'chain'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

export interface ViewState {
  mode: ViewMode;
  /** Chain view breadcrumb: the nodes traced, in order; the last one is on screen. */
  chainTrail: string[];
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
  /** Opens the chain view on `key` (a claim, article or outlet), after the current trail. */
  traceChain: (key: string) => void;
  /** Steps back to the trail entry at `index`. */
  chainBack: (index: number) => void;
  showNetwork: () => void;
  /** Opens the chain view on a whole breadcrumb at once (a link being restored); the selection stays. */
  openChain: (trail: string[]) => void;
}

export type ViewSlice = ViewState & ViewActions;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  mode: 'network',
  chainTrail: [],
  traceChain: (key) => {
    const { chainTrail, mode } = get();
    const trail = mode === 'chain' ? chainTrail : [];
    set({
      mode: 'chain',
      chainTrail: trail[trail.length - 1] === key ? trail : [...trail, key],
      selection: { type: 'node', key },
    });
  },
  chainBack: (index) => {
    const trail = get().chainTrail.slice(0, Math.max(1, index + 1));
    const key = trail[trail.length - 1];
    set({ chainTrail: trail, selection: key ? { type: 'node', key } : null });
  },
  showNetwork: () => set({ mode: 'network', chainTrail: [] }),
  openChain: (trail) =>
    set(trail.length ? { mode: 'chain', chainTrail: [...trail] } : { mode: 'network', chainTrail: [] }),
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

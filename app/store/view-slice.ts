import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_BUDGET, MIN_BUDGET } from '../../src/view-graph';
import type { AppState } from './app-state';
import type { Point } from './export-slice';

/** What is selected: one node or one edge, by its graph key. */
export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string } | null;

/** Which picture the canvas area shows. */
export const VIEW_MODES = ['network', 'chain'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];

/** What the canvas draws: the whole graph, or an aggregated overview within the element budget. */
export interface Drawn {
  mode: 'all' | 'overview';
  /** Elements handed to Cytoscape. */
  elements: number;
  /** Elements in the graph. */
  total: number;
  /** Nodes that pass the filters but are folded into aggregates. */
  aggregated: number;
}

/** Show only the n-hop neighbourhood of one node (plus the neighbours of nodes expanded by hand). */
export interface Focus {
  key: string;
  /** 1 to 3. */
  hops: number;
}

/** How Cytoscape draws: its 2D canvas renderer, or the same renderer with its (experimental) WebGL layer. */
export const RENDERERS = ['canvas', 'webgl'] as const;
export type Renderer = (typeof RENDERERS)[number];

export interface ViewState {
  /** The renderer the user picked; null until they do (the canvas then picks by what the GPU is). */
  renderer: Renderer | null;
  /**
   * Model positions of every node the canvas has laid out, by key (aggregates too). Kept here rather than in
   * the graph: a new Cytoscape instance, a node folded and unfolded again, or a filter put them back as they
   * were instead of laying them out again.
   */
  positions: Readonly<Record<string, Point>>;
  /** Most elements (nodes + edges) drawn as themselves; above it the canvas shows an overview. */
  budget: number;
  drawn: Drawn | null;
  /** Bumped whenever the drawn elements change: the layout runs after each bump. */
  drawVersion: number;
  focus: Focus | null;
  /** Nodes whose neighbours are shown too while focused (expand/collapse). */
  expanded: string[];
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
  /** Picks the renderer; the canvas recreates its Cytoscape instance with it. */
  setRenderer: (renderer: Renderer) => void;
  /** Records where nodes are now (after a layout, a drag, before the canvas is torn down); others stay. */
  keepPositions: (positions: Readonly<Record<string, Point>>) => void;
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
  setBudget: (budget: number) => void;
  /** Called by the canvas after it synced its elements; `changed` asks for a layout. */
  elementsDrawn: (drawn: Drawn, changed: boolean) => void;
  /** Focuses on `key`'s neighbourhood; hops are clamped to 1–3. */
  focusOn: (key: string, hops: number) => void;
  clearFocus: () => void;
  /** Sets focus and expansion at once (a link being restored). */
  setFocus: (focus: Focus | null, expanded?: string[]) => void;
  /** Shows (or hides again) a node's neighbours while focused. */
  toggleExpanded: (key: string) => void;
  /** Opens the chain view on a whole breadcrumb at once (a link being restored); the selection stays. */
  openChain: (trail: string[]) => void;
}

export type ViewSlice = ViewState & ViewActions;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  renderer: null,
  setRenderer: (renderer) => {
    if (RENDERERS.includes(renderer) && renderer !== get().renderer) set({ renderer });
  },
  positions: {},
  keepPositions: (positions) => {
    const fresh = Object.entries(positions).filter(([, p]) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (fresh.length === 0) return;
    set({ positions: { ...get().positions, ...Object.fromEntries(fresh.map(([k, p]) => [k, { x: p.x, y: p.y }])) } });
  },
  mode: 'network',
  chainTrail: [],
  budget: DEFAULT_BUDGET,
  drawn: null,
  drawVersion: 0,
  setBudget: (budget) => set({ budget: Math.max(MIN_BUDGET, Math.round(budget) || DEFAULT_BUDGET) }),
  elementsDrawn: (drawn, changed) => set({ drawn, drawVersion: get().drawVersion + (changed ? 1 : 0) }),
  focus: null,
  expanded: [],
  focusOn: (key, hops) => set({ focus: { key, hops: Math.min(3, Math.max(1, Math.round(hops) || 1)) }, expanded: [] }),
  clearFocus: () => set({ focus: null, expanded: [] }),
  setFocus: (focus, expanded = []) => set({ focus, expanded: focus ? [...expanded].sort() : [] }),
  toggleExpanded: (key) => {
    const { expanded } = get();
    set({ expanded: expanded.includes(key) ? expanded.filter((k) => k !== key) : [...expanded, key].sort() });
  },
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

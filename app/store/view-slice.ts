import type { StateCreator } from 'zustand/vanilla';
import { DEFAULT_BUDGET, DEFAULT_MAP_SOURCES, MIN_BUDGET } from '../../src/projection';
import { OVERVIEWS, RENDERERS, type ViewSlice, type AppState } from './app-state';
import { canRevealNow } from './pending-reveal';
import { selectGraph } from './selectors';

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
  overview: 'map',
  setOverview: (overview) => {
    if (OVERVIEWS.includes(overview)) set({ overview });
  },
  mapSources: DEFAULT_MAP_SOURCES,
  setMapSources: (count) => set({ mapSources: Math.max(0, Math.round(count) || 0) }),
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
  pendingReveal: null,
  revealWhenReady: (key) => {
    const s = get();
    // Otherwise at once, as always: a canvas that has not drawn yet then centres on the next request.
    if (s.status === 'loading' || s.pendingView !== null) set({ pendingReveal: key });
    else s.reveal(key);
  },
  settlePendingReveal: () => {
    const s = get();
    const key = s.pendingReveal;
    if (key === null || !canRevealNow(s)) return;
    set({ pendingReveal: null });
    // The stored record described the stored graph; an import since may have removed the node.
    if (selectGraph(s).hasNode(key)) s.reveal(key);
  },
  setHovered: (hovered) => set({ hovered }),
  layoutRunning: false,
  layoutRuns: 0,
  layoutStarted: () => set({ layoutRunning: true }),
  layoutStopped: () => set({ layoutRunning: false, layoutRuns: get().layoutRuns + 1 }),
  layoutCancelled: () => set({ layoutRunning: false }),
});

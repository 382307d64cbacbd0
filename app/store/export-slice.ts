import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-state';
import type { FilterState } from './filter-slice';
import type { Selection } from './view-slice';

export interface Point {
  x: number;
  y: number;
}

/** Cytoscape's camera: model-to-screen zoom and pan, in CSS pixels. */
export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface PngRequest {
  /** Size relative to the canvas in CSS pixels: 1, 2 or 4. */
  scale: number;
  background: 'transparent' | 'white';
  /** The whole drawing instead of what the viewport shows. */
  full: boolean;
}

/**
 * What the export menu may ask of the canvas. A small port rather than the Cytoscape instance, so the
 * store and the menu never depend on Cytoscape and can be tested with a fake.
 */
export interface CanvasPort {
  png: (request: PngRequest) => Blob;
  /** Model positions of every drawn node (hidden ones included). */
  positions: () => Record<string, Point>;
  /** Drawn fill colours by node key, as `#rrggbb`. */
  colors: () => Record<string, string>;
  viewport: () => Viewport;
}

/** A view waiting to be put back once the canvas has laid out the graph it belongs to. */
export interface PendingView {
  filters?: FilterState;
  selection?: Selection;
  /** Chain view breadcrumb to reopen; empty or absent means the network view. */
  chainTrail?: string[];
  positions?: Record<string, Point>;
  viewport?: Viewport;
  /** Applied once `layoutRuns` exceeds this (the layout triggered by the new graph has finished). */
  afterLayoutRuns: number;
}

export interface ExportNotice {
  tone: 'info' | 'error';
  text: string;
}

export interface ExportState {
  canvas: CanvasPort | null;
  pendingView: PendingView | null;
  /** The last export/open outcome, shown in the export menu. */
  exportNotice: ExportNotice | null;
  /** The share-link hash already applied (or written), so a remounted canvas does not apply it again. */
  appliedLink: string | null;
}

export interface ExportActions {
  setCanvas: (canvas: CanvasPort | null) => void;
  /** Queues `view` to be applied after the next finished layout. */
  restoreView: (view: Omit<PendingView, 'afterLayoutRuns'>) => void;
  viewRestored: () => void;
  setExportNotice: (notice: ExportNotice | null) => void;
  setAppliedLink: (hash: string | null) => void;
}

export type ExportSlice = ExportState & ExportActions;

export const createExportSlice: StateCreator<AppState, [], [], ExportSlice> = (set, get) => ({
  canvas: null,
  pendingView: null,
  exportNotice: null,
  appliedLink: null,
  setAppliedLink: (appliedLink) => set({ appliedLink }),
  setCanvas: (canvas) => set({ canvas }),
  restoreView: (view) => set({ pendingView: { ...view, afterLayoutRuns: get().layoutRuns } }),
  viewRestored: () => set({ pendingView: null }),
  setExportNotice: (exportNotice) => set({ exportNotice }),
});

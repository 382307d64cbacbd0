import type { StateCreator } from 'zustand/vanilla';
import type { ExportSlice, AppState } from './app-state';

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

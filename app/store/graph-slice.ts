import type { StateCreator } from 'zustand/vanilla';
import { createGraph, parseGraphJson } from '../../src/model';
import type { GraphSlice, AppState } from './app-state';

export const createGraphSlice: StateCreator<AppState, [], [], GraphSlice> = (set, get) => ({
  graph: createGraph(),
  graphVersion: 0,
  status: 'loading',
  loadError: null,
  progress: null,
  problems: [],
  setProgress: (progress) => set({ progress }),
  setProblems: (problems) => set({ problems }),
  setGraph: (graph) =>
    set({ graph, graphVersion: get().graphVersion + 1, status: 'ready', loadError: null, progress: null }),
  loadGraphJson: (json) => {
    try {
      get().setGraph(parseGraphJson(json));
      return true;
    } catch (err) {
      get().setLoadError(err instanceof Error ? err.message : String(err));
      return false;
    }
  },
  touchGraph: () => set({ graphVersion: get().graphVersion + 1 }),
  setLoadError: (message) =>
    set({ loadError: message, progress: null, status: get().graphVersion > 0 ? 'ready' : 'error' }),
});

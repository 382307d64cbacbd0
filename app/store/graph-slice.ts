import type { StateCreator } from 'zustand/vanilla';
import { createGraph, parseGraphJson, type SourcetraceGraph } from '../../src/model';
import type { AppState } from './app-state';

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface GraphState {
  /** The whole graph: the single source of truth. Cytoscape only ever draws a projection of it. */
  graph: SourcetraceGraph;
  /** Bumped on every change: graphology mutates in place, so React needs this as its signal. */
  graphVersion: number;
  status: LoadStatus;
  /** Why the last load failed, naming module and input; the previous graph is kept. */
  loadError: string | null;
  /** Articles extracted so far while a corpus builds, or null when idle. */
  progress: { done: number; total: number } | null;
  /** Lines or articles skipped by the last build, each naming its file and reason. */
  problems: string[];
}

export interface GraphActions {
  /** Replaces the graph (e.g. one built by the worker). */
  setGraph: (graph: SourcetraceGraph) => void;
  /** Validates graph JSON text and replaces the graph; on bad input records the error and keeps the old graph. */
  loadGraphJson: (json: string) => boolean;
  /** Call after mutating `graph` in place. */
  touchGraph: () => void;
  setLoadError: (message: string) => void;
  setProgress: (progress: { done: number; total: number } | null) => void;
  setProblems: (problems: string[]) => void;
}

export type GraphSlice = GraphState & GraphActions;

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

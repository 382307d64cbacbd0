import { describe, expect, it } from 'vitest';
import { createGraph, upsertNode } from '../../src/model';
import { createAppStore } from './create-app-store';

const drawn = { mode: 'all', elements: 1, total: 1, aggregated: 0 } as const;

function graphWith(...keys: string[]) {
  const g = createGraph();
  for (const k of keys) upsertNode(g, k, { kind: 'outlet', label: k, aliases: [] });
  return g;
}

describe('a search choice made before the graph is in', () => {
  it('waits for the graph, its restored view and the drawing, then selects and centres the node', () => {
    const store = createAppStore();
    store.getState().restoreView({ selection: null }); // the address bar's view, queued at start
    store.getState().revealWhenReady('outlet:x');
    expect(store.getState().selection).toBeNull();
    store.getState().setGraph(graphWith('outlet:x'));
    store.getState().elementsDrawn(drawn, true);
    expect(store.getState().selection).toBeNull(); // the stored view would replace it: not yet
    const requests = store.getState().revealRequest;
    // What the export controller does once the layout has run: the view, then done.
    store.getState().select(null);
    store.getState().viewRestored();
    expect(store.getState().selection).toEqual({ type: 'node', key: 'outlet:x' });
    expect(store.getState().revealRequest).toBe(requests + 1);
    expect(store.getState().pendingReveal).toBeNull();
  });

  it('keeps only the last choice, and drops it when the graph that arrives lacks the node', () => {
    const store = createAppStore();
    store.getState().revealWhenReady('outlet:x');
    store.getState().revealWhenReady('outlet:gone');
    store.getState().setGraph(graphWith('outlet:x'));
    store.getState().elementsDrawn(drawn, true);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().pendingReveal).toBeNull();
  });

  it('reveals at once when nothing is loading or waiting to be restored', () => {
    const store = createAppStore();
    store.getState().setGraph(graphWith('outlet:x'));
    store.getState().revealWhenReady('outlet:x');
    expect(store.getState().selection).toEqual({ type: 'node', key: 'outlet:x' });
    expect(store.getState().pendingReveal).toBeNull();
  });
});

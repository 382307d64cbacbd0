import { describe, expect, it } from 'vitest';
import { createGraph, upsertNode, type SourcetraceGraph } from '../../src/model';
import { makeFirstFrame, type FirstFrame } from '../persistence/first-frame';
import type { Workspace, WorkspaceStorage } from '../persistence';
import { createAppStore } from './create-app-store';

const frame = makeFirstFrame(
  [{ group: 'nodes', data: { id: 'outlet:x' }, classes: 'outlet', position: { x: 1, y: 2 } }],
  {
    zoom: 1,
    pan: { x: 0, y: 0 },
  },
);

function graphOf(...keys: string[]): SourcetraceGraph {
  const g = createGraph();
  for (const k of keys) upsertNode(g, k, { kind: 'outlet', label: k, aliases: [] });
  return g;
}

/** A deferred value the test settles when it wants, to look at the store in between. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A store whose full load the test settles, with `first` as the stored first frame; saved frames recorded. */
function harness(first: FirstFrame | null) {
  const full = deferred<Workspace | null>();
  const painted = deferred<void>();
  const keptFrames: FirstFrame[] = [];
  let framesAsked = 0;
  let loadsAsked = 0;
  const storage: WorkspaceStorage = {
    load: () => {
      loadsAsked++;
      return full.promise;
    },
    save: async () => {},
    loadFirstFrame: async () => first,
    saveFirstFrame: async (f) => void keptFrames.push(f),
  };
  const store = createAppStore({
    corpus: () => ({
      startIngest: () => ({ result: new Promise(() => {}), cancel: () => {} }),
      storage,
      afterFirstFrame: () => {
        framesAsked++;
        return painted.promise;
      },
    }),
  });
  return { store, full, painted, keptFrames, framesAsked: () => framesAsked, loadsAsked: () => loadsAsked };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('restoring the workspace with its first frame', () => {
  it('shows the stored first frame while the graph loads, then the graph, and forgets the frame', async () => {
    const h = harness(frame);
    const restored = h.store.getState().restoreWorkspace();
    await settle();
    expect(h.store.getState().firstFrame).toEqual(frame);
    expect(h.store.getState().status).toBe('loading'); // nothing can change the workspace yet
    expect(h.framesAsked()).toBe(1);
    // Rebuilding the graph holds the page: it starts only once the first frame is painted.
    expect(h.loadsAsked()).toBe(0);
    h.painted.resolve();
    await settle();
    expect(h.loadsAsked()).toBe(1);
    h.full.resolve({ graph: graphOf('outlet:x', 'outlet:y'), articles: [] });
    expect(await restored).toBe(true);
    expect(h.store.getState().firstFrame).toBeNull();
    expect(h.store.getState().graph.order).toBe(2);
    expect(h.store.getState().status).toBe('ready');
  });

  it('without a usable first frame waits for the whole graph and never asks for a painted frame', async () => {
    const h = harness(null);
    const restored = h.store.getState().restoreWorkspace();
    await settle();
    expect(h.store.getState().firstFrame).toBeNull();
    h.full.resolve({ graph: graphOf('outlet:x'), articles: [] });
    expect(await restored).toBe(true);
    expect(h.framesAsked()).toBe(0);
    expect(h.store.getState().graph.hasNode('outlet:x')).toBe(true);
  });

  it('reports a whole graph that cannot be read even when its first frame was shown, and drops the frame', async () => {
    const h = harness(frame);
    h.painted.resolve();
    const restored = h.store.getState().restoreWorkspace();
    await settle();
    h.full.reject(new Error('app/persistence: the saved workspace is unreadable: x'));
    expect(await restored).toBe(false);
    expect(h.store.getState().persistenceError).toMatch(/unreadable/);
    expect(h.store.getState().firstFrame).toBeNull();
  });

  it('keeps a first frame only while the workspace on screen is the stored one', async () => {
    const h = harness(frame);
    expect(await h.store.getState().keepFirstFrame(frame)).toBe(false); // still loading
    const restored = h.store.getState().restoreWorkspace();
    await settle();
    expect(await h.store.getState().keepFirstFrame(frame)).toBe(false); // the reopen is under way
    h.painted.resolve();
    h.full.resolve({ graph: graphOf('outlet:x'), articles: [] });
    await restored;
    expect(await h.store.getState().keepFirstFrame(frame)).toBe(true);
    expect(h.keptFrames).toEqual([frame]);
    // The sample corpus, or a change that could not be saved, is not the stored workspace.
    h.store.getState().setGraph(graphOf('outlet:sample'));
    h.store.setState({ storedOnScreen: false });
    expect(await h.store.getState().keepFirstFrame(frame)).toBe(false);
    expect(h.keptFrames).toHaveLength(1);
  });
});

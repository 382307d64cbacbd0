import { describe, expect, it } from 'vitest';
import { createGraph, upsertNode, type SourcetraceGraph } from '../../src/model';
import { makeFirstFrame, type FirstFrame } from '../persistence/first-frame';
import type { Workspace, WorkspaceStorage } from '../persistence';
import {
  decisionsFingerprint,
  readSearchRecord,
  type SearchEntry,
  type SearchRecord,
} from '../persistence/search-record';
import { memoryDecisionStorage } from '../review/decision-storage';
import type { ReviewDecision } from '../../src/review';
import { createAppStore } from './create-app-store';
import { selectGraphRevision } from './selectors';

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

type StoredSearch = { entries: SearchEntry[]; decisions: string };

/**
 * A store whose full load the test settles, with `first` as the stored first frame and `search` as the
 * stored search record (and `decisions` as the saved review decisions); saved frames and records recorded.
 */
function harness(first: FirstFrame | null, search: StoredSearch | null = null, decisions: ReviewDecision[] = []) {
  const full = deferred<Workspace | null>();
  const painted = deferred<void>();
  const keptFrames: FirstFrame[] = [];
  const keptSearch: SearchRecord[] = [];
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
    loadSearch: async () => search,
    saveSearch: async (r) => keptSearch.push(r) > 0,
  };
  const store = createAppStore({
    review: () => memoryDecisionStorage(decisions),
    corpus: () => ({
      startIngest: () => ({ result: new Promise(() => {}), cancel: () => {} }),
      storage,
      afterFirstFrame: () => {
        framesAsked++;
        return painted.promise;
      },
    }),
  });
  return { store, full, painted, keptFrames, keptSearch, framesAsked: () => framesAsked, loadsAsked: () => loadsAsked };
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

describe('restoring the workspace with its search record', () => {
  const entries: SearchEntry[] = [
    { key: 'outlet:x', kind: 'outlet', label: 'outlet:x', aliases: [], degree: 0 },
    { key: 'outlet:y', kind: 'outlet', label: 'outlet:y', aliases: [], degree: 0 },
  ];

  it('gives search the stored entries while the graph loads, then the graph, without writing them again', async () => {
    const h = harness(frame, { entries, decisions: decisionsFingerprint([]) });
    h.painted.resolve();
    const restored = h.store.getState().restoreWorkspace();
    await settle();
    expect(h.store.getState().status).toBe('loading');
    expect(h.store.getState().firstSearch).toEqual(entries);
    h.full.resolve({ graph: graphOf('outlet:x', 'outlet:y'), articles: [] });
    expect(await restored).toBe(true);
    const s = h.store.getState();
    expect(s.firstSearch).toBeNull();
    // What is stored describes the graph now on screen: keeping it again would only rewrite the same.
    expect(await s.keepSearch(selectGraphRevision(s), entries)).toBe(false);
    expect(h.keptSearch).toEqual([]);
  });

  it('ignores a record made with other review decisions than the saved ones', async () => {
    const decision = { id: 'reject-1-abc', action: 'reject', target: 'e1' } as unknown as ReviewDecision;
    const h = harness(null, { entries, decisions: decisionsFingerprint([]) }, [decision]);
    const restored = h.store.getState().restoreWorkspace();
    await settle();
    expect(h.store.getState().decisions).toEqual([decision]);
    expect(h.store.getState().firstSearch).toBeNull();
    h.full.resolve({ graph: graphOf('outlet:x'), articles: [] });
    await restored;
  });

  it('keeps the record of the stored workspace on screen once per revision, readable back as the entries', async () => {
    const h = harness(null);
    const restored = h.store.getState().restoreWorkspace();
    h.full.resolve({ graph: graphOf('outlet:x', 'outlet:y'), articles: [] });
    await restored;
    const revision = selectGraphRevision(h.store.getState());
    expect(await h.store.getState().keepSearch(revision, entries)).toBe(true);
    expect(await h.store.getState().keepSearch(revision, entries)).toBe(false);
    expect(h.keptSearch).toHaveLength(1);
    expect(readSearchRecord(h.keptSearch[0])).toEqual({ entries, decisions: decisionsFingerprint([]) });
    // A revision no longer on screen, or a workspace that is not the stored one, is not kept.
    h.store.getState().touchGraph();
    expect(await h.store.getState().keepSearch(revision, entries)).toBe(false);
    h.store.setState({ storedOnScreen: false });
    expect(await h.store.getState().keepSearch(selectGraphRevision(h.store.getState()), entries)).toBe(false);
    expect(h.keptSearch).toHaveLength(1);
  });
});

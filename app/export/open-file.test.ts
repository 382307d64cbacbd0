import { describe, expect, it } from 'vitest';
import { writeGraphml } from '../../src/export';
import { strictXmldomParser } from '../../src/export/xmldom-parser';
import { createGraph, upsertNode } from '../../src/model';
import { createAppStore, EMPTY_FILTERS, type AppStore, type CanvasPort } from '../store';
import { sampleStory } from '../test-support/sample-story';
import { readWorkspaceFile } from '../workers/read-workspace-file';
import { openWorkspaceFile, workspaceFileKind, type ReadWorkspaceFile } from './open-file';
import { buildSnapshotFile } from './save-snapshot';

/** Storage without a first-frame record: these tests are about the graph and the articles. */
const noCaches = {
  loadFirstFrame: async () => null,
  saveFirstFrame: async () => {},
  loadSearch: async () => null,
  saveSearch: async () => true,
};

// What the workspace-file worker runs, here in-process.
const read: ReadWorkspaceFile = (file) => readWorkspaceFile(file, strictXmldomParser());
const named = (name: string, text: string) => ({ name, text: async () => text });

const canvas: CanvasPort = {
  png: () => new Blob([]),
  positions: () => ({ 'outlet:miami-herald': { x: 5, y: 6 } }),
  colors: () => ({}),
  viewport: () => ({ zoom: 0.75, pan: { x: 3, y: 4 } }),
};

/** A store with storage that records what it saved, and an ingest that never finishes (`running`). */
function testStore(graph = sampleStory(), running = false): { store: AppStore; saved: number[] } {
  const saved: number[] = [];
  const store = createAppStore({
    corpus: () => ({
      startIngest: () => ({ result: new Promise(() => {}), cancel: () => {} }),
      storage: { ...noCaches, load: async () => null, save: async (g) => void saved.push(g.nodes.length) },
    }),
  });
  store.getState().setGraph(graph);
  if (running) void store.getState().importText('an article');
  return { store, saved };
}

function storyStore(): AppStore {
  return testStore().store;
}

async function savedSnapshot(): Promise<string> {
  const store = storyStore();
  const s = store.getState();
  s.setCanvas(canvas);
  s.toggleNodeKind('claim');
  s.select({ type: 'node', key: 'outlet:miami-herald' });
  const file = await buildSnapshotFile(store.getState(), 'full', new Date(2026, 10, 25));
  expect(file.fileName).toBe('sourcetrace-all-2026-11-25.sourcetrace.json');
  return file.blob.text();
}

describe('opening files', () => {
  it('tells snapshots from graphs by name, then by content', () => {
    expect(workspaceFileKind('a.sourcetrace.json')).toBe('snapshot');
    expect(workspaceFileKind('a.GraphML')).toBe('graph');
    expect(workspaceFileKind('renamed.json', '{\n  "type": "sourcetrace-snapshot", "version": 1')).toBe('snapshot');
    expect(workspaceFileKind('plain.json', '{"nodes": []}')).toBe('graph');
    expect(workspaceFileKind('notes.txt')).toBeUndefined();
  });

  it('restores a saved snapshot in a fresh store: graph, filters, selection now; positions and viewport queued', async () => {
    const text = await savedSnapshot();
    const { store, saved } = testStore(createGraph());
    expect(await openWorkspaceFile(store, named('view.sourcetrace.json', text), read)).toBe(true);
    expect(saved).toEqual([sampleStory().order]); // kept for the next visit
    const s = store.getState();
    expect(s.graph.order).toBe(sampleStory().order);
    expect(s.hiddenNodeKinds).toEqual(['claim']);
    expect(s.selection).toEqual({ type: 'node', key: 'outlet:miami-herald' });
    expect(s.pendingView?.viewport).toEqual({ zoom: 0.75, pan: { x: 3, y: 4 } });
    expect(s.pendingView?.positions).toEqual({ 'outlet:miami-herald': { x: 5, y: 6 } });
    expect(s.exportNotice).toMatchObject({ tone: 'info' });
  });

  it('refuses a newer version by name and keeps the workspace as it was', async () => {
    const data = JSON.parse(await savedSnapshot()) as Record<string, unknown>;
    const store = storyStore();
    store.getState().toggleEdgeKind('mentions');
    const before = store.getState();
    const ok = await openWorkspaceFile(
      store,
      named('new.sourcetrace.json', JSON.stringify({ ...data, version: 7 })),
      read,
    );
    expect(ok).toBe(false);
    const after = store.getState();
    expect(after.exportNotice?.text).toMatch(/needs Sourcetrace snapshot version 7/);
    expect(after.graph).toBe(before.graph);
    expect(after.graphVersion).toBe(before.graphVersion);
    expect(after.hiddenEdgeKinds).toEqual(['mentions']);
    expect(after.pendingView).toBeNull();
  });

  it('refuses broken JSON and bad filters without touching the workspace', async () => {
    const store = storyStore();
    const version = store.getState().graphVersion;
    expect(await openWorkspaceFile(store, named('x.sourcetrace.json', '{"type": "sourcetrace-snapshot",'), read)).toBe(
      false,
    );
    expect(store.getState().exportNotice?.text).toMatch(/^snapshot: x\.sourcetrace\.json: not valid JSON/);
    const data = JSON.parse(await savedSnapshot()) as { view: { filters: unknown } };
    data.view.filters = { hiddenNodeKinds: ['planet'] };
    expect(await openWorkspaceFile(store, named('y.sourcetrace.json', JSON.stringify(data)), read)).toBe(false);
    expect(store.getState().exportNotice?.text).toMatch(/filters\.hiddenNodeKinds/);
    expect(store.getState().graphVersion).toBe(version);
    expect(store.getState().hiddenNodeKinds).toEqual(EMPTY_FILTERS.hiddenNodeKinds);
  });

  it('merges a GraphML file into the workspace and reports what it added', async () => {
    const other = createGraph();
    upsertNode(other, 'outlet:reuters', { kind: 'outlet', label: 'Reuters', aliases: [] });
    upsertNode(other, 'outlet:miami-herald', { kind: 'outlet', label: 'Miami Herald', aliases: [] });
    const store = storyStore();
    const before = store.getState().graph.order;
    expect(await openWorkspaceFile(store, named('other.graphml', writeGraphml(other)), read)).toBe(true);
    expect(store.getState().graph.order).toBe(before + 1);
    expect(store.getState().exportNotice?.text).toMatch(/^Merged other\.graphml: 1 new nodes, 0 new edges/);
  });

  it('waits for a running import or the start-up load instead of racing them', async () => {
    const text = await savedSnapshot();
    const { store, saved } = testStore(sampleStory(), true);
    const graph = store.getState().graph;
    expect(await openWorkspaceFile(store, named('view.sourcetrace.json', text), read)).toBe(false);
    expect(store.getState().exportNotice?.text).toMatch(/an import is running/);
    expect(store.getState().graph).toBe(graph);
    expect(store.getState().pendingView).toBeNull();
    expect(saved).toEqual([]);

    const loading = createAppStore();
    expect(await openWorkspaceFile(loading, named('view.sourcetrace.json', text), read)).toBe(false);
    expect(loading.getState().exportNotice?.text).toMatch(/still loading/);
  });

  it('leaves the workspace alone when a graph file is invalid or of an unknown kind', async () => {
    const store = storyStore();
    const graph = store.getState().graph;
    const order = graph.order;
    expect(await openWorkspaceFile(store, named('bad.gexf', '<gexf><graph><nodes><node/>'), read)).toBe(false);
    expect(store.getState().exportNotice?.tone).toBe('error');
    expect(await openWorkspaceFile(store, named('notes.txt', 'hello'), read)).toBe(false);
    expect(store.getState().exportNotice?.text).toMatch(/^export\/open: notes\.txt: not a snapshot/);
    expect(store.getState().graph).toBe(graph);
    expect(graph.order).toBe(order);
  });
});

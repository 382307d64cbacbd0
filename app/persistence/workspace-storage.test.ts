import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createGraph, serializeGraph, upsertNode } from '../../src/model';
import type { ImportedArticle } from '../workers/ingest-types';
import { makeFirstFrame } from './first-frame';
import { GRAPH_PART } from './graph-chunks';
import { packSearchRecord } from './search-record';
import { openWorkspaceDb } from './workspace-db';
import { createWorkspaceStorage } from './workspace-storage';

let dbCount = 0;
const freshName = () => `sourcetrace-test-${++dbCount}`;

function graphWith(...keys: string[]) {
  const g = createGraph();
  for (const k of keys) upsertNode(g, k, { kind: 'outlet', label: k, aliases: [] });
  return serializeGraph(g);
}

const article = (key: string): ImportedArticle => ({
  key,
  file: 'a.txt',
  highlights: [{ start: 0, end: 3, role: 'source', target: { type: 'node', key: 'outlet:x' } }],
});

describe('workspace storage (IndexedDB)', () => {
  it('has nothing before the first save, then round-trips graph and articles', async () => {
    const storage = createWorkspaceStorage(freshName());
    expect(await storage.load()).toBeNull();
    await storage.save(graphWith('outlet:x', 'outlet:y'), [article('article:1')]);
    const loaded = await storage.load();
    expect(loaded?.graph.nodes().sort()).toEqual(['outlet:x', 'outlet:y']);
    expect(loaded?.articles).toEqual([article('article:1')]);
  });

  it('replaces the previous workspace, dropping articles no longer present', async () => {
    const storage = createWorkspaceStorage(freshName());
    await storage.save(graphWith('outlet:x'), [article('article:1'), article('article:2')]);
    await storage.save(graphWith(), [article('article:2')]);
    const loaded = await storage.load();
    expect(loaded?.graph.order).toBe(0);
    expect(loaded?.articles.map((a) => a.key)).toEqual(['article:2']);
  });

  it('keeps the stored state exactly as it was when a save fails part-way', async () => {
    const storage = createWorkspaceStorage(freshName());
    await storage.save(graphWith('outlet:x'), [article('article:1')]);
    // A function cannot be stored: the second put throws after the graph put and the clear were queued.
    const bad = { ...article('article:2'), file: (() => 'x') as unknown as string };
    await expect(storage.save(graphWith('outlet:y'), [article('article:3'), bad])).rejects.toThrow(
      /^app\/persistence: could not save the workspace/,
    );
    const loaded = await storage.load();
    expect(loaded?.graph.nodes()).toEqual(['outlet:x']);
    expect(loaded?.articles.map((a) => a.key)).toEqual(['article:1']);
  });

  it('names the module when the stored data is unreadable, and leaves it in place', async () => {
    const name = freshName();
    const db = await openWorkspaceDb(name);
    await db.put('workspace', { graph: { nodes: 3 } as never, savedAt: '' }, 'current');
    db.close();
    const storage = createWorkspaceStorage(name);
    await expect(storage.load()).rejects.toThrow(/^app\/persistence: the saved workspace is unreadable: /);
    const again = await openWorkspaceDb(name);
    expect(await again.get('workspace', 'current')).toBeDefined();
    again.close();
  });

  it("adds article records in 'add' mode (an import) and keeps the earlier ones", async () => {
    const storage = createWorkspaceStorage(freshName());
    await storage.save(graphWith('outlet:x'), [article('article:1')]);
    await storage.save(graphWith('outlet:x', 'outlet:y'), [article('article:2')], 'add');
    const loaded = await storage.load();
    expect(loaded?.articles.map((a) => a.key).sort()).toEqual(['article:1', 'article:2']);
    expect(loaded?.graph.order).toBe(2);
  });

  it('stores a large graph in parts and reads it back whole; a record from before parts still loads', async () => {
    const name = freshName();
    const storage = createWorkspaceStorage(name);
    const keys = Array.from({ length: GRAPH_PART + 10 }, (_, i) => `outlet:o${i}`);
    await storage.save(graphWith(...keys), []);
    const db = await openWorkspaceDb(name);
    expect((await db.get('workspace', 'current'))?.parts).toBe(2);
    expect(await db.count('graphParts')).toBe(2);
    db.close();
    expect((await storage.load())?.graph.order).toBe(keys.length);
    // A smaller graph saved over it leaves no part of the old one behind.
    await storage.save(graphWith('outlet:x'), []);
    const again = await openWorkspaceDb(name);
    expect(await again.count('graphParts')).toBe(1);
    await again.put('workspace', { graph: graphWith('outlet:old'), savedAt: '' }, 'current');
    again.close();
    expect((await storage.load())?.graph.nodes()).toEqual(['outlet:old']);
    const last = await openWorkspaceDb(name);
    await last.put('workspace', { graph: graphWith(), parts: -1, savedAt: '' }, 'current');
    last.close();
    await expect(storage.load()).rejects.toThrow(/unreadable: the graph record does not say how many parts/);
  });

  it('keeps a first frame beside the workspace until the graph is saved again', async () => {
    const storage = createWorkspaceStorage(freshName());
    const frame = makeFirstFrame(
      [{ group: 'nodes', data: { id: 'outlet:x' }, classes: 'outlet', position: { x: 5, y: 6 } }],
      { zoom: 2, pan: { x: 1, y: 2 } },
    );
    expect(await storage.loadFirstFrame()).toBeNull();
    await storage.save(graphWith('outlet:x'), []);
    await storage.saveFirstFrame(frame);
    expect(await storage.loadFirstFrame()).toEqual(frame);
    // The saved graph replaces what the record shows: the record goes in the same transaction.
    await storage.save(graphWith('outlet:x', 'outlet:y'), []);
    expect(await storage.loadFirstFrame()).toBeNull();
  });

  it('keeps a search record beside the workspace until the graph is saved again, and ignores a corrupt one', async () => {
    const name = freshName();
    const storage = createWorkspaceStorage(name);
    const entries = [{ key: 'outlet:x', kind: 'outlet' as const, label: 'X', aliases: ['Ex'], degree: 3 }];
    expect(await storage.loadSearch()).toBeNull();
    await storage.save(graphWith('outlet:x'), []);
    expect(await storage.saveSearch(packSearchRecord(entries, '0:d'))).toBe(true);
    expect(await storage.loadSearch()).toEqual({ entries, decisions: '0:d' });
    await storage.save(graphWith('outlet:x', 'outlet:y'), []);
    expect(await storage.loadSearch()).toBeNull();
    const db = await openWorkspaceDb(name);
    await db.put('search', { version: 1, bytes: new TextEncoder().encode('not gzip').buffer }, 'current');
    db.close();
    expect(await storage.loadSearch()).toBeNull();
  });

  it('refuses a search record made before the graph was saved again', async () => {
    const storage = createWorkspaceStorage(freshName());
    await storage.save(graphWith('outlet:x'), []);
    const old = packSearchRecord([{ key: 'outlet:x', kind: 'outlet', label: 'X', aliases: [], degree: 0 }], '0:d');
    // The save lands while the old record is being compressed (both wait on the same database).
    const [kept] = await Promise.all([storage.saveSearch(old), storage.save(graphWith('outlet:y'), [])]);
    expect(kept).toBe(false);
    expect(await storage.loadSearch()).toBeNull();
  });

  it('ignores a corrupt first frame, and the workspace still loads', async () => {
    const name = freshName();
    const storage = createWorkspaceStorage(name);
    await storage.save(graphWith('outlet:x'), [article('article:1')]);
    const db = await openWorkspaceDb(name);
    await db.put('firstFrame', { version: 1, elements: 'garbage' } as never, 'current');
    db.close();
    expect(await storage.loadFirstFrame()).toBeNull();
    expect((await storage.load())?.graph.nodes()).toEqual(['outlet:x']);
  });

  it('refuses a stored graph whose edges join missing nodes, naming the module, and leaves it stored', async () => {
    const name = freshName();
    const db = await openWorkspaceDb(name);
    const graph = { nodes: [], edges: [{ key: 'e', source: 'a', target: 'b', attributes: {} }] };
    await db.put('workspace', { graph: graph as never, savedAt: '' }, 'current');
    db.close();
    await expect(createWorkspaceStorage(name).load()).rejects.toThrow(
      /^app\/persistence: the saved workspace is unreadable: /,
    );
    const again = await openWorkspaceDb(name);
    expect(await again.get('workspace', 'current')).toBeDefined();
    again.close();
  });
});

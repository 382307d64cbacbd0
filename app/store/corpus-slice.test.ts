import { describe, expect, it } from 'vitest';
import {
  createGraph,
  mergeGraphs,
  serializeGraph,
  upsertEdge,
  upsertNode,
  type SourcetraceGraph,
} from '../../src/model';
import type { WorkspaceStorage } from '../persistence';
import type { IngestResultBatch } from '../workers/ingest-batch';
import type { IngestOutcome, StartIngest } from '../workers/run-ingest-in-worker';
import { createAppStore } from './create-app-store';

/** Storage without a first-frame record: these tests are about the graph and the articles. */
const noCaches = {
  loadFirstFrame: async () => null,
  saveFirstFrame: async () => {},
  loadSearch: async () => null,
  saveSearch: async () => true,
};

function articleGraph(id: string, outlet: string): SourcetraceGraph {
  const g = createGraph();
  const article = `article:${id}`;
  upsertNode(g, outlet, { kind: 'outlet', label: outlet, aliases: [] });
  upsertNode(g, article, {
    kind: 'article',
    label: id,
    aliases: [],
    title: id,
    outlet,
    text: 'Officials said it rained.',
  });
  upsertNode(g, 'claim:rain', { kind: 'claim', label: 'it rained', aliases: [], text: 'it rained' });
  upsertNode(g, 'person:officials', { kind: 'person', label: 'officials', aliases: [], anonymous: true });
  upsertEdge(g, { kind: 'publishes', source: outlet, target: article });
  const evidence = [{ article, start: 0, end: 25 }];
  upsertEdge(g, { kind: 'asserts', source: 'person:officials', target: 'claim:rain', evidence });
  upsertEdge(g, { kind: 'reports', source: article, target: 'claim:rain', evidence });
  return g;
}

/** What the worker would send back: the base workspace with the new article merged in. */
function batchOf(base: SourcetraceGraph, added: SourcetraceGraph, key: string): IngestResultBatch {
  return {
    graph: mergeGraphs(base.copy() as SourcetraceGraph, added),
    articles: [{ key, file: 'a.txt', highlights: [] }],
    reports: [{ file: 'a.txt', format: 'text', articles: 1, summaries: 0, graphs: 0, problems: [] }],
  };
}

/** A fake ingest whose outcome the test decides, and storage that records saves or fails on demand. */
function harness(outcome: (base: SourcetraceGraph) => Promise<IngestOutcome>) {
  const saves: string[][] = [];
  let failSave = false;
  let cancelled = false;
  const storage: WorkspaceStorage = {
    ...noCaches,
    load: async () => null,
    save: async (graph) => {
      if (failSave) throw new Error('app/persistence: could not save the workspace: disk full');
      saves.push(graph.nodes.map((n) => n.key));
    },
  };
  const startIngest: StartIngest = (_files, base, onProgress) => {
    onProgress({ phase: 'reading', filesDone: 0, filesTotal: 1, current: 'a.txt', articlesDone: 0 });
    let cancel: () => void = () => {};
    const result = new Promise<IngestOutcome>((resolve, reject) => {
      cancel = () => {
        cancelled = true;
        resolve({ status: 'cancelled' });
      };
      outcome(base).then(resolve, reject);
    });
    return { result, cancel: () => cancel() };
  };
  const store = createAppStore({ corpus: () => ({ startIngest, storage }) });
  store.getState().setGraph(articleGraph('old', 'outlet:old'));
  return { store, saves, setFailSave: (f: boolean) => (failSave = f), wasCancelled: () => cancelled };
}

const file = () => new File(['x'], 'a.txt');

describe('corpus slice', () => {
  it('merges a finished import, saves it, then shows it with its report', async () => {
    const h = harness(async (base) => ({
      status: 'done',
      saved: false,
      saveError: null,
      batch: batchOf(base, articleGraph('new', 'outlet:new'), 'article:new'),
    }));
    const version = h.store.getState().graphVersion;
    await h.store.getState().importFiles([file()]);
    const s = h.store.getState();
    expect(s.graph.hasNode('outlet:new') && s.graph.hasNode('outlet:old')).toBe(true);
    expect(s.graphVersion).toBe(version + 1);
    expect(h.saves).toHaveLength(1);
    expect(h.saves[0]).toContain('article:new');
    expect(s.importReport).toMatchObject({ status: 'done', articles: 1 });
    expect(s.importProgress).toBeNull();
    expect(Object.keys(s.importedArticles)).toEqual(['article:new']);
  });

  it('leaves graph and storage untouched when the import fails or yields nothing', async () => {
    const failing = harness(async () => Promise.reject(new Error('app/ingest.worker: boom')));
    const before = failing.store.getState().graph;
    await failing.store.getState().importFiles([file()]);
    expect(failing.store.getState().graph).toBe(before);
    expect(failing.saves).toEqual([]);
    expect(failing.store.getState().importReport?.message).toBe('app/ingest.worker: boom; nothing was changed.');

    const report = {
      file: 'x.png',
      format: null,
      articles: 0,
      summaries: 0,
      graphs: 0,
      problems: ['ingest: binary file'],
    };
    const binary = harness(async (base) => ({
      status: 'done',
      saved: false,
      saveError: null,
      batch: { graph: base, articles: [], reports: [report] },
    }));
    const graph = binary.store.getState().graph;
    await binary.store.getState().importFiles([file()]);
    expect(binary.store.getState().graph).toBe(graph);
    expect(binary.saves).toEqual([]);
    expect(binary.store.getState().importReport?.files[0]?.problems).toEqual(['ingest: binary file']);
  });

  it('cancels: the worker is stopped and nothing changes', async () => {
    const h = harness(() => new Promise<IngestOutcome>(() => {}));
    const before = h.store.getState().graph;
    const running = h.store.getState().importFiles([file()]);
    expect(h.store.getState().importProgress).toMatchObject({ current: 'a.txt' });
    h.store.getState().cancelImport();
    await running;
    expect(h.wasCancelled()).toBe(true);
    expect(h.store.getState().graph).toBe(before);
    expect(h.saves).toEqual([]);
    expect(h.store.getState().importReport?.status).toBe('cancelled');
  });

  it('still shows an import whose save failed, with a persistence warning', async () => {
    const h = harness(async (base) => ({
      status: 'done',
      saved: false,
      saveError: null,
      batch: batchOf(base, articleGraph('new', 'outlet:new'), 'article:new'),
    }));
    h.setFailSave(true);
    await h.store.getState().importFiles([file()]);
    expect(h.store.getState().graph.hasNode('article:new')).toBe(true);
    expect(h.store.getState().persistenceError).toMatch(/^app\/persistence: .*disk full.*will not survive a reload/);
  });

  it('removes an article and what only it attested, clearing a selection that went with it', async () => {
    const h = harness(async (base) => ({
      status: 'done',
      saved: false,
      saveError: null,
      batch: batchOf(base, articleGraph('new', 'outlet:new'), 'article:new'),
    }));
    await h.store.getState().importFiles([file()]);
    h.store.getState().select({ type: 'node', key: 'outlet:new' });
    h.store.getState().openArticle('article:new');
    await h.store.getState().removeArticle('article:new');
    const s = h.store.getState();
    expect(s.graph.hasNode('article:new') || s.graph.hasNode('outlet:new')).toBe(false);
    expect(s.graph.hasNode('claim:rain')).toBe(true); // the old article still reports it
    expect(s.selection).toBeNull();
    expect(s.readerArticle).toBeNull();
    expect(s.importedArticles).toEqual({});
    expect(h.saves.at(-1)).not.toContain('article:new');
  });

  it('clears the workspace and saves the empty one', async () => {
    const h = harness(async () => ({ status: 'cancelled' }));
    await h.store.getState().clearWorkspace();
    expect(h.store.getState().graph.order).toBe(0);
    expect(h.saves).toEqual([[]]);
  });

  it('clearing the workspace also forgets the review decisions, saved empty', async () => {
    const saved: unknown[][] = [];
    const store = createAppStore({
      corpus: () => ({
        startIngest: () => ({ result: new Promise(() => {}), cancel: () => {} }),
        storage: { ...noCaches, load: async () => null, save: async () => {} },
      }),
      review: () => ({ load: async () => [], save: async (d) => void saved.push([...d]) }),
    });
    await store.getState().decide({ action: 'reject', target: ['cites|article:a|person:x'] });
    expect(store.getState().decisions).toHaveLength(1);
    await store.getState().clearWorkspace();
    expect(store.getState().decisions).toEqual([]);
    expect(saved.at(-1)).toEqual([]);
  });

  it('restores a saved workspace, and reports an unreadable one without throwing', async () => {
    const saved = articleGraph('kept', 'outlet:kept');
    const ok = createAppStore({
      corpus: () => ({
        startIngest: () => ({ result: new Promise(() => {}), cancel: () => {} }),
        storage: { ...noCaches, load: async () => ({ graph: saved, articles: [] }), save: async () => {} },
      }),
    });
    expect(await ok.getState().restoreWorkspace()).toBe(true);
    expect(ok.getState().graph.hasNode('article:kept')).toBe(true);
    expect(ok.getState().status).toBe('ready');

    const broken = createAppStore({
      corpus: () => ({
        startIngest: () => ({ result: new Promise(() => {}), cancel: () => {} }),
        storage: {
          ...noCaches,
          load: async () => Promise.reject(new Error('app/persistence: the saved workspace is unreadable: x')),
          save: async () => {},
        },
      }),
    });
    expect(await broken.getState().restoreWorkspace()).toBe(false);
    expect(broken.getState().persistenceError).toMatch(/unreadable/);
    expect(serializeGraph(broken.getState().graph).nodes).toEqual([]);
  });

  it('does not save again what the worker already stored, and shows its save error', async () => {
    for (const saveError of [null, 'app/persistence: could not save the workspace: quota']) {
      const h = harness(async (base) => ({
        status: 'done',
        saved: saveError === null,
        saveError,
        batch: batchOf(base, articleGraph('new', 'outlet:new'), 'article:new'),
      }));
      await h.store.getState().importFiles([file()]);
      expect(h.saves).toEqual([]);
      expect(h.store.getState().graph.hasNode('article:new')).toBe(true);
      expect(h.store.getState().persistenceError).toBe(
        saveError && `${saveError} — the change is shown but will not survive a reload`,
      );
    }
  });
});

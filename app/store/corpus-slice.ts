import type { StateCreator } from 'zustand/vanilla';
// Straight to the module, not the folder index: the index also pulls the extractor (wink-nlp, ~4 MB) into the page.
import { removeArticle } from '../../src/corpus/remove-article';
import { createGraph, serializeGraph, type SourcetraceGraph } from '../../src/model';
import type { ImportedArticle } from '../workers/ingest-types';
import type { IngestProgress } from '../workers/ingest-protocol';
import type { IngestJob } from '../workers/run-ingest-in-worker';
import { decisionsFingerprint, packSearchRecord } from '../persistence/search-record';
import type { CorpusServices, ImportReport, CorpusSlice, AppState } from './app-state';
import { selectGraphRevision } from './selectors';

/** graphology types `copy()` as the abstract graph; the instance is of the same class. */
const copyGraph = (graph: SourcetraceGraph) => graph.copy() as SourcetraceGraph;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The corpus slice, bound to its services (the real worker and IndexedDB in the app, fakes in tests). */
export function createCorpusSlice(services: () => CorpusServices): StateCreator<AppState, [], [], CorpusSlice> {
  return (set, get) => {
    let job: IngestJob | null = null;

    /**
     * Saves first, then shows: the stored state only ever holds a finished change. `stored` is given when
     * the worker already saved (or tried to), so the page does not clone the whole graph again.
     */
    async function commit(
      graph: SourcetraceGraph,
      imported: Record<string, ImportedArticle>,
      stored?: { saveError: string | null },
    ): Promise<void> {
      let saveError = stored?.saveError ?? null;
      set({ storedOnScreen: false }); // until saved: the canvas must not keep the old drawing as the new one's
      if (!stored) {
        try {
          await services().storage.save(serializeGraph(graph), Object.values(imported));
        } catch (err) {
          saveError = message(err);
        }
      }
      const persistenceError = saveError && `${saveError} — the change is shown but will not survive a reload`;
      get().setGraph(graph);
      set({ importedArticles: imported, persistenceError, storedOnScreen: saveError === null });
    }

    const finish = (importReport: ImportReport) => set({ importProgress: null, importReport });

    return {
      importedArticles: {},
      importProgress: null,
      importReport: null,
      persistenceError: null,
      readerArticle: null,
      firstFrame: null,
      firstSearch: null,
      searchKeptFor: null,
      storedOnScreen: false,

      importFiles: async (files) => {
        // While the start-up graph loads, a merge would be overwritten by it: the UI disables import then.
        if (job || files.length === 0 || get().status === 'loading') return;
        set({
          importReport: null,
          importProgress: { phase: 'reading', filesDone: 0, filesTotal: files.length, current: '', articlesDone: 0 },
        });
        const onProgress = (importProgress: IngestProgress) => set({ importProgress });
        const current = (job = services().startIngest(files, get().graph, onProgress));
        try {
          const outcome = await current.result;
          if (outcome.status === 'cancelled') {
            const text = 'Import cancelled; nothing was changed.';
            return finish({ status: 'cancelled', files: [], articles: 0, message: text });
          }
          const { batch } = outcome;
          const added = batch.articles.length + batch.reports.reduce((n, r) => n + r.graphs, 0);
          if (added > 0) {
            // The worker merged into a copy of the workspace; nothing on screen or stored changed until now.
            const imported = { ...get().importedArticles };
            for (const a of batch.articles) imported[a.key] = a;
            const stored = outcome.saved || outcome.saveError ? { saveError: outcome.saveError } : undefined;
            await commit(batch.graph, imported, stored);
          }
          finish({ status: 'done', files: batch.reports, articles: batch.articles.length, message: null });
        } catch (err) {
          finish({ status: 'failed', files: [], articles: 0, message: `${message(err)}; nothing was changed.` });
        } finally {
          job = null;
        }
      },

      importText: (text, name = 'pasted text.txt') =>
        get().importFiles([new File([text], name, { type: 'text/plain' })]),

      cancelImport: () => job?.cancel(),

      removeArticle: async (key) => {
        if (job) return; // the running import merges into the graph as it was: the UI waits for it
        const graph = copyGraph(get().graph);
        const removed = new Set(removeArticle(graph, key));
        if (removed.size === 0) return;
        const { [key]: _gone, ...imported } = get().importedArticles;
        const selection = get().selection;
        if (selection?.type === 'node' && removed.has(selection.key)) get().clearSelection();
        if (selection?.type === 'edge' && !graph.hasEdge(selection.key)) get().clearSelection();
        if (get().readerArticle === key) set({ readerArticle: null });
        await commit(graph, imported);
      },

      clearWorkspace: async () => {
        if (job) return;
        get().clearSelection();
        set({ readerArticle: null, importReport: null });
        await commit(createGraph(), {});
        // Decisions outlive re-imports on purpose; a cleared workspace must not bring them back with old articles.
        await get().replaceDecisions([]);
      },

      adoptWorkspace: async (graph, keepArticles) => {
        if (job) return false;
        const kept = keepArticles
          ? Object.fromEntries(Object.entries(get().importedArticles).filter(([key]) => graph.hasNode(key)))
          : {};
        const reader = get().readerArticle;
        if (reader && !graph.hasNode(reader)) set({ readerArticle: null });
        await commit(graph, kept);
        return true;
      },

      restoreWorkspace: async () => {
        const { storage, afterFirstFrame } = services();
        // The small first-frame record is painted first; only then is the whole graph read and rebuilt,
        // which holds the page for seconds on a large workspace.
        const firstFrame = await storage.loadFirstFrame();
        if (firstFrame && get().status === 'loading') {
          set({ firstFrame });
          await afterFirstFrame?.();
        }
        // Then what search needs, so it answers while the graph is read: only when it was made with the
        // review decisions that will be replayed onto the graph (they are small, and read first anyway).
        const search = await storage.loadSearch();
        let searchUsed = false;
        if (search && get().status === 'loading') {
          await get().restoreDecisions();
          const s = get();
          searchUsed = s.status === 'loading' && search.decisions === decisionsFingerprint(s.decisions);
          if (searchUsed) set({ firstSearch: search.entries });
        }
        try {
          const saved = await storage.load();
          if (!saved) return false;
          get().setGraph(saved.graph);
          set({ importedArticles: Object.fromEntries(saved.articles.map((a) => [a.key, a])), storedOnScreen: true });
          // The stored record describes this graph with these decisions: no need to write it again.
          if (searchUsed) set({ searchKeptFor: selectGraphRevision(get()) });
          return true;
        } catch (err) {
          set({ persistenceError: message(err) });
          return false;
        } finally {
          set({ firstFrame: null, firstSearch: null });
        }
      },

      keepFirstFrame: async (frame) => {
        const s = get();
        if (s.status !== 'ready' || !s.storedOnScreen || s.firstFrame || s.importProgress || job) return false;
        try {
          await services().storage.saveFirstFrame(frame);
          return true;
        } catch {
          return false; // the next reopen waits for the whole graph, as before
        }
      },

      keepSearch: async (revision, entries) => {
        const s = get();
        if (s.status !== 'ready' || !s.storedOnScreen || s.firstSearch || s.importProgress || job) return false;
        if (revision !== selectGraphRevision(s) || revision === s.searchKeptFor) return false;
        try {
          // The decisions on screen are the ones `revision` was reviewed with: it is the one on screen.
          const record = packSearchRecord(entries, decisionsFingerprint(s.decisions));
          const kept = await services().storage.saveSearch(record);
          if (kept) set({ searchKeptFor: revision });
          return kept;
        } catch {
          return false; // the next reopen's search waits for the whole graph, as before
        }
      },

      openArticle: (readerArticle) => set({ readerArticle }),
      dismissImportReport: () => set({ importReport: null }),
    };
  };
}

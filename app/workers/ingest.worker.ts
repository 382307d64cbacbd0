/// <reference lib="webworker" />
import { deserializeGraph, serializeGraph } from '../../src/model';
import { createWorkspaceStorage } from '../persistence';
import { extractWorkerCount } from './extract-pool';
import type { ExtractWorker } from './extract-protocol';
import { importInParallel } from './parallel-import';
import type { IngestPhase, IngestRequest, IngestResponse } from './ingest-protocol';
import type { ImportedArticle } from './ingest-types';
import type { SerializedSourcetraceGraph } from '../../src/model';
import { graphFromTrustedJson } from './trusted-graph';

// Merging and saving happen here so the page keeps drawing; reading and extraction in the extraction
// workers this one starts (terminating this worker, as cancel does, ends them too).
const post = (message: IngestResponse) => self.postMessage(message);
const PROGRESS_INTERVAL_MS = 100;
const spawnExtractor = (): ExtractWorker =>
  new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' }) as ExtractWorker;

/** Saves in one transaction; a failure is reported, not thrown: the import itself succeeded. */
async function saveTo(db: string, graph: SerializedSourcetraceGraph, articles: ImportedArticle[]) {
  try {
    await createWorkspaceStorage(db).save(graph, articles, 'add');
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

self.onmessage = async (event: MessageEvent<IngestRequest>) => {
  try {
    const { files, base, saveTo: db } = event.data;
    let lastPost = 0;
    const progress = (phase: IngestPhase, filesDone: number, current: string, articlesDone: number, force = true) => {
      // A feed or JSONL file can hold thousands of articles: a few updates a second are enough to watch.
      const now = performance.now();
      if (!force && now - lastPost < PROGRESS_INTERVAL_MS) return;
      lastPost = now;
      post({ type: 'progress', phase, filesDone, filesTotal: files.length, current, articlesDone });
    };
    let articles = 0;
    const done = await importInParallel({
      files,
      // The base is the store's own graph, validated when it got there.
      base: graphFromTrustedJson(base),
      workers: extractWorkerCount(navigator.hardwareConcurrency, files.length),
      spawn: spawnExtractor,
      onProgress: (filesDone, current, articlesDone, force) => {
        articles = articlesDone;
        progress('reading', filesDone, current, articlesDone, force);
      },
      onFinishing: () => progress('merging', files.length, '', articles),
    });
    const graph = serializeGraph(done.graph);
    // Validated here, off the main thread: the page then takes the graph without re-checking it.
    deserializeGraph(graph);
    const store = db !== null && done.articles.length + done.reports.reduce((n, r) => n + r.graphs, 0) > 0;
    if (store) progress('saving', files.length, '', articles);
    const saveError = store ? await saveTo(db, graph, done.articles) : null;
    post({
      type: 'done',
      graph,
      articles: done.articles,
      reports: done.reports,
      saved: store && !saveError,
      saveError,
    });
  } catch (err) {
    post({ type: 'error', message: `app/ingest.worker: ${(err as Error).message}` });
  }
};

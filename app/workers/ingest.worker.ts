/// <reference lib="webworker" />
import { deserializeGraph, serializeGraph } from '../../src/model';
import { createWorkspaceStorage } from '../persistence';
import { addFileToBatch, createBatch, finishBatch } from './ingest-batch';
import type { IngestPhase, IngestRequest, IngestResponse } from './ingest-protocol';
import type { ImportedArticle } from './ingest-types';
import type { SerializedSourcetraceGraph } from '../../src/model';
import { graphFromTrustedJson } from './trusted-graph';
import { linkedomParsers } from '../../src/ingest/linkedom-parsers';

// Parsing, extraction, merging and saving happen here so the page keeps drawing; cancel terminates this worker.
const post = (message: IngestResponse) => self.postMessage(message);
const PROGRESS_INTERVAL_MS = 100;

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
    // The base is the store's own graph, validated when it got there.
    const batch = createBatch(graphFromTrustedJson(base));
    let articlesDone = 0;
    let lastPost = 0;
    const progress = (phase: IngestPhase, filesDone: number, current: string, force = true) => {
      // A feed or JSONL file can hold thousands of articles: a few updates a second are enough to watch.
      const now = performance.now();
      if (!force && now - lastPost < PROGRESS_INTERVAL_MS) return;
      lastPost = now;
      post({ type: 'progress', phase, filesDone, filesTotal: files.length, current, articlesDone });
    };
    for (const [i, file] of files.entries()) {
      progress('reading', i, file.name);
      const bytes = new Uint8Array(await file.arrayBuffer());
      addFileToBatch(batch, file.name, bytes, linkedomParsers, () => {
        articlesDone++;
        progress('reading', i, file.name, false);
      });
    }
    progress('merging', files.length, '');
    const done = finishBatch(batch);
    const graph = serializeGraph(done.graph);
    // Validated here, off the main thread: the page then takes the graph without re-checking it.
    deserializeGraph(graph);
    const store = db !== null && done.articles.length + done.reports.reduce((n, r) => n + r.graphs, 0) > 0;
    if (store) progress('saving', files.length, '');
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

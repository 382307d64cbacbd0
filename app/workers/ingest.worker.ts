/// <reference lib="webworker" />
import { deserializeGraph, serializeGraph } from '../../src/model';
import { addFileToBatch, createBatch, finishBatch } from './ingest-batch';
import type { IngestRequest, IngestResponse } from './ingest-protocol';
import { workerMarkupParsers } from './worker-markup-parsers';

// Parsing and extraction happen here so the page keeps drawing; cancelling terminates this worker.
const post = (message: IngestResponse) => self.postMessage(message);
const PROGRESS_INTERVAL_MS = 100;

self.onmessage = async (event: MessageEvent<IngestRequest>) => {
  try {
    const files = event.data.files;
    const batch = createBatch(deserializeGraph(event.data.base));
    let articlesDone = 0;
    let lastPost = 0;
    const progress = (filesDone: number, current: string, force = true) => {
      // A feed or JSONL file can hold thousands of articles: a few updates a second are enough to watch.
      const now = performance.now();
      if (!force && now - lastPost < PROGRESS_INTERVAL_MS) return;
      lastPost = now;
      post({ type: 'progress', filesDone, filesTotal: files.length, current, articlesDone });
    };
    for (const [i, file] of files.entries()) {
      progress(i, file.name);
      const bytes = new Uint8Array(await file.arrayBuffer());
      addFileToBatch(batch, file.name, bytes, workerMarkupParsers, () => {
        articlesDone++;
        progress(i, file.name, false);
      });
    }
    progress(files.length, 'merging');
    const done = finishBatch(batch);
    post({ type: 'done', graph: serializeGraph(done.graph), articles: done.articles, reports: done.reports });
  } catch (err) {
    post({ type: 'error', message: `app/ingest.worker: ${(err as Error).message}` });
  }
};

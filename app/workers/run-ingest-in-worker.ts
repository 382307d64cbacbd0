import { deserializeGraph, serializeGraph, type SourcetraceGraph } from '../../src/model';
import type { IngestResultBatch } from './ingest-batch';
import type { IngestProgress, IngestRequest, IngestResponse } from './ingest-protocol';

/** How an import ended: a validated batch, or cancelled by the user (nothing was produced). */
export type IngestOutcome = { status: 'done'; batch: IngestResultBatch } | { status: 'cancelled' };

/** A running import. `cancel` terminates the worker at once; `result` then resolves as cancelled. */
export interface IngestJob {
  result: Promise<IngestOutcome>;
  cancel: () => void;
}

/** Starts an import of `files` into a copy of `base`; the signature the corpus slice depends on (tests pass a fake). */
export type StartIngest = (
  files: readonly File[],
  base: SourcetraceGraph,
  onProgress: (progress: IngestProgress) => void,
) => IngestJob;

/**
 * Reads and extracts files in a Web Worker. What comes back is validated (`deserializeGraph`) before
 * anyone sees it, so a worker bug cannot put an invalid graph in the store. One worker per import.
 */
export const runIngestInWorker: StartIngest = (files, base, onProgress) => {
  const worker = new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: IngestOutcome) => void = () => {};
  let fail: (err: Error) => void = () => {};
  const result = new Promise<IngestOutcome>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  worker.onmessage = (event: MessageEvent<IngestResponse>) => {
    const msg = event.data;
    if (msg.type === 'progress') {
      const { filesDone, filesTotal, current, articlesDone } = msg;
      onProgress({ filesDone, filesTotal, current, articlesDone });
      return;
    }
    worker.terminate();
    if (msg.type === 'error') return fail(new Error(msg.message));
    try {
      settle({
        status: 'done',
        batch: { graph: deserializeGraph(msg.graph), articles: msg.articles, reports: msg.reports },
      });
    } catch (err) {
      fail(err instanceof Error ? err : new Error(String(err)));
    }
  };
  worker.onerror = (event) => {
    worker.terminate();
    fail(new Error(`app/ingest.worker: ${event.message || 'failed to start'}`));
  };
  worker.postMessage({ type: 'ingest', files: [...files], base: serializeGraph(base) } satisfies IngestRequest);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle({ status: 'cancelled' });
    },
  };
};

import { serializeGraph, type SourcetraceGraph } from '../../src/model';
import type { IngestResultBatch } from './ingest-batch';
import type { IngestProgress, IngestRequest, IngestResponse } from './ingest-protocol';
import { graphFromTrustedJson } from './trusted-graph';

/**
 * How an import ended: a validated batch (`saved` when it is already stored, `saveError` when storing it
 * failed), or cancelled by the user (nothing was produced or stored).
 */
export type IngestOutcome =
  { status: 'done'; batch: IngestResultBatch; saved: boolean; saveError: string | null } | { status: 'cancelled' };

/**
 * A running import. `cancel` terminates the worker at once and `result` resolves as cancelled — except
 * while the worker saves: a transaction cut short might or might not have committed, so it runs to its end.
 */
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
 * Imports in a Web Worker, which reads, extracts, merges into a copy of the workspace, validates and, when
 * `saveTo` names the IndexedDB workspace, saves the result in one transaction. The page only rebuilds the
 * validated graph, so even a 10,000-article import keeps it responsive. One worker per import.
 */
export const ingestInWorker =
  (saveTo: string | null): StartIngest =>
  (files, base, onProgress) => {
    let saving = false;
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
        const { phase, filesDone, filesTotal, current, articlesDone } = msg;
        saving = phase === 'saving';
        onProgress({ phase, filesDone, filesTotal, current, articlesDone });
        return;
      }
      worker.terminate();
      if (msg.type === 'error') return fail(new Error(msg.message));
      try {
        settle({
          status: 'done',
          batch: { graph: graphFromTrustedJson(msg.graph), articles: msg.articles, reports: msg.reports },
          saved: msg.saved,
          saveError: msg.saveError,
        });
      } catch (err) {
        fail(err instanceof Error ? err : new Error(String(err)));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      fail(new Error(`app/ingest.worker: ${event.message || 'failed to start'}`));
    };
    worker.postMessage({
      type: 'ingest',
      files: [...files],
      base: serializeGraph(base),
      saveTo,
    } satisfies IngestRequest);
    return {
      result,
      cancel: () => {
        if (saving) return;
        worker.terminate();
        settle({ status: 'cancelled' });
      },
    };
  };

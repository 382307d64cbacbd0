import { serializeGraph, type SourcetraceGraph } from '../../src/model';
import type { IngestResultBatch } from './ingest-batch';
import type { IngestProgress, IngestRequest, IngestResponse } from './ingest-protocol';
import type { FileReport } from './ingest-types';
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

/** How long one file may take to read and extract, from when the worker starts on it. */
export const DEFAULT_FILE_TIMEOUT_MS = 60_000;

export interface IngestWorkerOptions {
  /** Per-file time budget in milliseconds (default 60 s); 0 for no limit. */
  fileTimeoutMs?: number;
  /** Makes the worker; tests pass a fake. */
  createWorker?: () => Worker;
}

const realWorker = () => new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module' });

function timedOut(file: File, ms: number): FileReport {
  const s = Number((ms / 1000).toPrecision(3));
  const problems = [`app/ingest: ${file.name}: skipped: extraction took longer than ${s} s`];
  return { file: file.name, format: null, articles: 0, summaries: 0, graphs: 0, problems };
}

type Done = Extract<IngestResponse, { type: 'done' }>;

/** What one worker run reports back to the import that started it. */
interface AttemptHandlers {
  progress: (progress: IngestProgress) => void;
  done: (msg: Done) => void;
  failed: (err: Error) => void;
  /** A file is still being read when the budget runs out: the worker is already stopped. */
  stuck: (file: File) => void;
}

/**
 * One worker importing `files`, with a timer restarted each time it starts on a file. Returns `stop`,
 * which terminates it and silences anything it still sends.
 */
function attempt(
  create: () => Worker,
  request: IngestRequest,
  budget: number,
  on: AttemptHandlers,
): { stop: () => void } {
  const worker = create();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let live = true;
  let current = -1;
  const stop = () => {
    live = false;
    clearTimeout(timer);
    worker.terminate();
  };
  const watch = (msg: IngestProgress) => {
    if (msg.phase !== 'reading') return clearTimeout(timer);
    if (msg.filesDone === current || !budget) return;
    current = msg.filesDone;
    const file = request.files[current]!;
    clearTimeout(timer);
    timer = setTimeout(() => {
      stop();
      on.stuck(file);
    }, budget);
  };
  worker.onmessage = (event: MessageEvent<IngestResponse>) => {
    const msg = event.data;
    if (!live) return; // a terminated worker's last words
    if (msg.type === 'progress') return (watch(msg), on.progress(msg));
    stop();
    if (msg.type === 'error') on.failed(new Error(msg.message));
    else on.done(msg);
  };
  worker.onerror = (event) => {
    stop();
    on.failed(new Error(`app/ingest.worker: ${event.message || 'failed to start'}`));
  };
  worker.postMessage(request);
  return { stop };
}

/** The worker's reports (one per file it was given, in order) with the skipped files' put back in place. */
function inFileOrder(files: readonly File[], skipped: Map<File, FileReport>, reports: FileReport[]): FileReport[] {
  let next = 0;
  return files.map((f) => skipped.get(f) ?? reports[next++]!);
}

/**
 * Imports in a Web Worker, which reads, extracts, merges into a copy of the workspace, validates and, when
 * `saveTo` names the IndexedDB workspace, saves the result in one transaction. The page only rebuilds the
 * validated graph, so even a 10,000-article import keeps it responsive.
 *
 * Hostile input: a file still being read after `fileTimeoutMs` has its worker terminated and is reported
 * as skipped by name; a fresh worker redoes the import without it (the merge state died with the old
 * worker, so the files before it are read again). Browsers offer no memory limit per worker: the time
 * budget and the ingest size limit (MAX_FILE_BYTES) are the protection there.
 */
export const ingestInWorker =
  (saveTo: string | null, options: IngestWorkerOptions = {}): StartIngest =>
  (files, base, onProgress) => {
    const budget = options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
    const baseJson = serializeGraph(base);
    const skipped = new Map<File, FileReport>();
    let running: { stop: () => void } | null = null;
    let saving = false;
    let settle: (outcome: IngestOutcome) => void = () => {};
    let fail: (err: Error) => void = () => {};
    const result = new Promise<IngestOutcome>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    const finish = (msg: Done | null) => {
      const graph = msg ? graphFromTrustedJson(msg.graph) : base;
      const batch = { graph, articles: msg?.articles ?? [], reports: inFileOrder(files, skipped, msg?.reports ?? []) };
      settle({ status: 'done', batch, saved: msg?.saved ?? false, saveError: msg?.saveError ?? null });
    };
    const handlers: AttemptHandlers = {
      progress: ({ phase, filesDone, current, articlesDone }) => {
        saving = phase === 'saving';
        onProgress({ phase, filesDone: filesDone + skipped.size, filesTotal: files.length, current, articlesDone });
      },
      done: (msg) => {
        try {
          finish(msg);
        } catch (err) {
          fail(err instanceof Error ? err : new Error(String(err)));
        }
      },
      failed: (err) => fail(err),
      stuck: (file) => {
        skipped.set(file, timedOut(file, budget));
        run();
      },
    };
    const run = () => {
      const list = files.filter((f) => !skipped.has(f));
      if (list.length === 0) return finish(null);
      const request: IngestRequest = { type: 'ingest', files: list, base: baseJson, saveTo };
      running = attempt(options.createWorker ?? realWorker, request, budget, handlers);
    };
    run();
    return {
      result,
      cancel: () => {
        if (saving) return;
        running?.stop();
        settle({ status: 'cancelled' });
      },
    };
  };

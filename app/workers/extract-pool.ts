import type { FileExtraction } from './extract-file';
import type { ExtractMessage, ExtractWorker } from './extract-protocol';
import type { FileReport } from './ingest-types';

/** More workers than this rarely pay: each holds a model copy, and one thread merges what they all send. */
export const MAX_EXTRACT_WORKERS = 4;

/**
 * How many extraction workers an import of `tasks` files gets: a core each, less the one this worker merges
 * on while they extract (on a 2-core machine 2 extractors plus the merge measured a third slower than 1),
 * capped, at least one.
 */
export function extractWorkerCount(hardwareConcurrency: number | undefined, tasks: number): number {
  const cores = Number.isFinite(hardwareConcurrency) && hardwareConcurrency! > 0 ? hardwareConcurrency! : 1;
  return Math.max(1, Math.min(cores - 1, MAX_EXTRACT_WORKERS, tasks));
}

export interface ExtractPoolOptions {
  files: readonly File[];
  size: number;
  spawn: () => ExtractWorker;
  /** After each article extracted, by any worker. */
  onArticle?: () => void;
  /** Each file's extraction, strictly in file order whichever worker finished first. */
  onFile: (index: number, extraction: FileExtraction) => void;
}

const emptyExtraction = (file: File, problem: string): FileExtraction => {
  const report: FileReport = { file: file.name, format: null, articles: 0, summaries: 0, graphs: 0, problems: [] };
  report.problems.push(problem);
  return { report, graphs: [], articles: [] };
};

/**
 * Shares `files` out among `size` workers, one file at a time each, and hands the extractions on in file
 * order, so merging them gives the same graph for any number of workers and any finishing order. A worker
 * that dies costs its file only: the file is reported by name and a fresh worker takes the next one.
 * Resolves when every file has been handed on. (A file that never finishes holds the order up; the page's
 * per-file budget, which watches the files merged, stops the import and redoes it without that file.)
 */
export function runExtractPool(options: ExtractPoolOptions): Promise<void> {
  const { files, spawn } = options;
  return new Promise<void>((resolve) => {
    const ready = new Map<number, FileExtraction>();
    let next = 0; // the next file to hand out
    let delivered = 0; // the next file to hand on, in order
    const live = new Set<ExtractWorker>();
    const deliver = (id: number, extraction: FileExtraction) => {
      ready.set(id, extraction);
      for (let e = ready.get(delivered); e; e = ready.get(delivered)) {
        ready.delete(delivered);
        options.onFile(delivered++, e);
      }
      if (delivered === files.length) {
        for (const w of live) w.terminate();
        live.clear();
        resolve();
      }
    };
    const start = () => {
      if (next >= files.length) return;
      const worker = spawn();
      live.add(worker);
      let id = -1;
      const give = () => {
        if (next >= files.length) return; // idle until the pool is done
        id = next++;
        worker.postMessage({ id, file: files[id]! });
      };
      const retire = (problem: string) => {
        live.delete(worker);
        worker.onmessage = worker.onerror = null; // its last words, if any, are not wanted
        worker.terminate();
        start();
        deliver(id, emptyExtraction(files[id]!, problem));
      };
      worker.onmessage = ({ data }: MessageEvent<ExtractMessage>) => {
        if (data.id !== id) return;
        if (data.type === 'article') return options.onArticle?.();
        const done = id;
        give();
        deliver(done, data.extraction);
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        retire(`app/ingest: ${files[id]!.name}: extraction failed: ${event.message || 'the worker stopped'}`);
      };
      give();
    };
    if (files.length === 0) return resolve();
    for (let i = 0; i < options.size; i++) start();
  });
}

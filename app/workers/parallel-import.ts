import type { SourcetraceGraph } from '../../src/model';
import { runExtractPool } from './extract-pool';
import type { ExtractWorker } from './extract-protocol';
import { createIngestMerger, type IngestResultBatch } from './ingest-merger';

export interface ParallelImportOptions {
  files: readonly File[];
  /** The workspace copy to merge into. */
  base: SourcetraceGraph;
  /** Extraction workers (see extractWorkerCount). */
  workers: number;
  spawn: () => ExtractWorker;
  /** Files merged so far, the next file the import waits for ('' when none), articles extracted so far. */
  onProgress?: (filesDone: number, waitingFor: string, articlesDone: number, force: boolean) => void;
  /** Every file is merged: the corpus-wide steps start. */
  onFinishing?: () => void;
}

/**
 * Imports `files` into `base`: the workers extract a share of the files each, and every file is merged
 * as soon as the ones before it are, so merging overlaps extraction and the result never depends on how
 * many workers there were or which finished first. Then the corpus-wide steps run once.
 */
export async function importInParallel(options: ParallelImportOptions): Promise<IngestResultBatch> {
  const { files, onProgress } = options;
  const merger = createIngestMerger(options.base);
  let filesDone = 0;
  let articlesDone = 0;
  const waitingFor = () => files[filesDone]?.name ?? '';
  onProgress?.(0, waitingFor(), 0, true);
  await runExtractPool({
    files,
    size: options.workers,
    spawn: options.spawn,
    onArticle: () => onProgress?.(filesDone, waitingFor(), ++articlesDone, false),
    onFile: (index, extraction) => {
      merger.add(extraction);
      filesDone = index + 1;
      onProgress?.(filesDone, waitingFor(), articlesDone, true);
    },
  });
  options.onFinishing?.();
  return merger.finish();
}

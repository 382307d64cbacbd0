import type { FileExtraction } from './extract-file';

/** Import worker → extraction worker: one file to read and extract, by its place in the import. */
export interface ExtractTask {
  id: number;
  file: File;
}

/**
 * Extraction worker → import worker: `article` after each article extracted (for progress), then the
 * file's `result`. A task never fails as a message: what went wrong is in the result's report.
 */
export type ExtractMessage =
  { type: 'article'; id: number } | { type: 'result'; id: number; extraction: FileExtraction };

/** The part of a Worker the pool uses, so tests can stand in for one. */
export interface ExtractWorker {
  onmessage: ((event: MessageEvent<ExtractMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(task: ExtractTask): void;
  terminate(): void;
}

import type { SerializedSourcetraceGraph } from '../../src/model';
import type { FileReport, ImportedArticle } from './ingest-types';

/** Where an import is: files done of total, the file being read, and articles extracted so far. */
export interface IngestProgress {
  filesDone: number;
  filesTotal: number;
  current: string;
  articlesDone: number;
}

/**
 * Main thread → ingest worker: the files (structured-cloned, their bytes are read in the worker) and the
 * current workspace graph, so new articles merge with everything already loaded.
 */
export type IngestRequest = { type: 'ingest'; files: File[]; base: SerializedSourcetraceGraph };

/** Ingest worker → main thread. The next workspace graph travels as graphology JSON and is validated on arrival. */
export type IngestResponse =
  | ({ type: 'progress' } & IngestProgress)
  | { type: 'done'; graph: SerializedSourcetraceGraph; articles: ImportedArticle[]; reports: FileReport[] }
  | { type: 'error'; message: string };

import type { SerializedSourcetraceGraph } from '../../src/model';
import type { FileReport, ImportedArticle } from './ingest-types';

/** Reading files, then merging them into the workspace, then saving it (no cancelling once saving). */
export type IngestPhase = 'reading' | 'merging' | 'saving';

/** Where an import is: its phase, files done of total, the file being read, and articles extracted so far. */
export interface IngestProgress {
  phase: IngestPhase;
  filesDone: number;
  filesTotal: number;
  current: string;
  articlesDone: number;
}

/**
 * Main thread → ingest worker: the files (structured-cloned, their bytes are read in the worker), the
 * current workspace graph, so new articles merge with everything already loaded, and the IndexedDB
 * workspace to save the result to (null: the caller saves).
 */
export type IngestRequest = { type: 'ingest'; files: File[]; base: SerializedSourcetraceGraph; saveTo: string | null };

/**
 * Ingest worker → main thread. The next workspace graph travels as graphology JSON, validated by the
 * worker. `saved` says the worker already stored it; `saveError` why storing failed (the import stands).
 */
export type IngestResponse =
  | ({ type: 'progress' } & IngestProgress)
  | {
      type: 'done';
      graph: SerializedSourcetraceGraph;
      articles: ImportedArticle[];
      reports: FileReport[];
      saved: boolean;
      saveError: string | null;
    }
  | { type: 'error'; message: string };

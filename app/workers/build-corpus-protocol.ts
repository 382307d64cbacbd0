import type { IngestProblem } from '../../src/ingest';
import type { SerializedSourcetraceGraph } from '../../src/model';
import type { CorpusFile } from './build-corpus';

/** Main thread → corpus worker. `urls` are fetched by the worker itself, so the text never crosses threads twice. */
export type CorpusRequest = { type: 'build'; files?: CorpusFile[]; urls?: string[] };

/** Corpus worker → main thread. The graph travels as graphology's JSON and is validated on arrival. */
export type CorpusResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; graph: SerializedSourcetraceGraph; articles: number; problems: IngestProblem[] }
  | { type: 'error'; message: string };

import type { IngestedArticle, IngestProblem } from '../ingest';
import type { SerializedSourcetraceGraph } from '../model';

/** Settings every build worker starts with. */
export interface BuildWorkerData {
  /** Extra outlets (data/outlets.json format) merged into the gazetteer, already read by the main thread. */
  outlets?: unknown[];
  /** Files yielding more articles than this are sent back to be shared out among workers. */
  splitAbove: number;
}

export type BuildTask =
  | { id: number; type: 'file'; path: string; display: string }
  | { id: number; type: 'articles'; display: string; articles: IngestedArticle[] };

export interface ExtractedMessage {
  articleKey: string;
  graph: SerializedSourcetraceGraph;
  links?: IngestedArticle['links'];
}

export interface BuildResult {
  id: number;
  display: string;
  extracted: ExtractedMessage[];
  graphs: SerializedSourcetraceGraph[];
  problems: IngestProblem[];
  /** Articles parsed but not extracted: the main thread queues them as smaller tasks. */
  split?: IngestedArticle[];
}

/**
 * Worker → main thread. `started` is sent when the worker takes a task up, so a task's time budget
 * counts from then and not from when it was queued behind the worker's start-up.
 */
export type BuildWorkerMessage = { type: 'started'; id: number } | { type: 'result'; result: BuildResult };

/** How long one task (a file, or a batch of a split file) may take before its worker is stopped. */
export const DEFAULT_FILE_TIMEOUT_S = 60;
/**
 * Heap for each worker thread (V8 old generation). Far above what a 20 MB file needs, low enough that a
 * few workers hitting it still fit beside the merging thread on a modest machine.
 */
export const DEFAULT_WORKER_MEMORY_MB = 2048;

import type { SerializedSourcetraceGraph } from '../../src/model';
import type { QueueItem } from '../../src/review';

/** Page → ranking worker: the reviewed graph as JSON, the edges already accepted, how many items to list. */
export interface RankRequest {
  id: number;
  graph: SerializedSourcetraceGraph;
  accepted: string[];
  limit: number;
}

/** Ranking worker → page, for the request of the same id. */
export type RankResponse =
  { id: number; type: 'ranked'; items: QueueItem[] } | { id: number; type: 'error'; message: string };

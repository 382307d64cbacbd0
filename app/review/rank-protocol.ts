import type { SerializedSourcetraceGraph } from '../../src/model';

/** Page → ranking worker: the reviewed graph as JSON, the edges already accepted, how many items to list. */
export interface RankRequest {
  graph: SerializedSourcetraceGraph;
  accepted: string[];
  limit: number;
}

/// <reference lib="webworker" />
import { reviewQueue, type QueueItem } from '../../src/review';
import type { JobResponse } from '../workers/worker-jobs';
import { graphFromTrustedJson } from '../workers/trusted-graph';
import type { RankRequest } from './rank-protocol';

// Ranks the review queue off the page's thread: it walks every claim's chains, tens of seconds at 10,000
// articles. The graph is the page's own reviewed graph, validated when it entered the store.
self.onmessage = ({ data: { id, graph, accepted, limit } }: MessageEvent<{ id: number } & RankRequest>) => {
  let message: JobResponse<QueueItem[]>;
  try {
    const value = reviewQueue(graphFromTrustedJson(graph), { accepted: new Set(accepted), limit });
    message = { id, type: 'done', value };
  } catch (err) {
    message = { id, type: 'error', message: `app/review: ranking the queue failed: ${(err as Error).message}` };
  }
  self.postMessage(message);
};

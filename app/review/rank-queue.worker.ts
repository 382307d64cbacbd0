/// <reference lib="webworker" />
import { reviewQueue } from '../../src/review';
import { graphFromTrustedJson } from '../workers/trusted-graph';
import type { RankRequest, RankResponse } from './rank-protocol';

// Ranks the review queue off the page's thread: it walks every claim's chains, tens of seconds at 10,000
// articles. The graph is the page's own reviewed graph, validated when it entered the store.
self.onmessage = ({ data: { id, graph, accepted, limit } }: MessageEvent<RankRequest>) => {
  let message: RankResponse;
  try {
    message = {
      id,
      type: 'ranked',
      items: reviewQueue(graphFromTrustedJson(graph), { accepted: new Set(accepted), limit }),
    };
  } catch (err) {
    message = { id, type: 'error', message: `app/review: ranking the queue failed: ${(err as Error).message}` };
  }
  self.postMessage(message);
};

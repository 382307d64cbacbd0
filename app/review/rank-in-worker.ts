import { serializeGraph, type SourcetraceGraph } from '../../src/model';
import { reviewQueue, type QueueItem } from '../../src/review';
import { jobsInWorker, type Job, type JobWorker } from '../workers/worker-jobs';
import type { RankRequest } from './rank-protocol';

export type RankQueue = (graph: SourcetraceGraph, accepted: ReadonlySet<string>, limit: number) => Job<QueueItem[]>;
export type RankWorker = JobWorker<RankRequest, QueueItem[]>;

const realWorker = (): RankWorker =>
  new Worker(new URL('./rank-queue.worker.ts', import.meta.url), { type: 'module' }) as RankWorker;

/**
 * Ranks the review queue in a worker (one kept for the next ranking; one overtaken by a newer graph is
 * stopped). Where no Worker exists (Node, tests of the page) it ranks here, the same way.
 */
export function rankQueueInWorker(create: () => RankWorker = realWorker): RankQueue {
  if (create === realWorker && typeof Worker === 'undefined') {
    return (graph, accepted, limit) => ({
      result: Promise.resolve(reviewQueue(graph, { accepted, limit })),
      cancel: () => {},
    });
  }
  const run = jobsInWorker(create);
  return (graph, accepted, limit) => run({ graph: serializeGraph(graph), accepted: [...accepted], limit });
}

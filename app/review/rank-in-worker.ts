import { serializeGraph, type SourcetraceGraph } from '../../src/model';
import { reviewQueue, type QueueItem } from '../../src/review';
import type { RankRequest, RankResponse } from './rank-protocol';

/** A ranking under way: `cancel` drops its result (and stops the worker if it is still ranking). */
export interface RankJob {
  result: Promise<QueueItem[]>;
  cancel: () => void;
}

export type RankQueue = (graph: SourcetraceGraph, accepted: ReadonlySet<string>, limit: number) => RankJob;

/** The part of a Worker used here, so tests can stand in for one. */
export interface RankWorker {
  onmessage: ((event: MessageEvent<RankResponse>) => void) | null;
  postMessage(request: RankRequest): void;
  terminate(): void;
}

const realWorker = (): RankWorker =>
  new Worker(new URL('./rank-queue.worker.ts', import.meta.url), { type: 'module' }) as RankWorker;

/** Where no Worker exists (Node, tests of the page): the same ranking, here. */
const inThisThread: RankQueue = (graph, accepted, limit) => ({
  result: Promise.resolve(reviewQueue(graph, { accepted, limit })),
  cancel: () => {},
});

/**
 * Ranks in one long-lived worker, so a reviewer's run of decisions does not pay its start-up each time. A
 * ranking cancelled while running (the graph changed again) stops that worker; the next ranking starts
 * a fresh one. Results of cancelled rankings are never delivered.
 */
export function rankQueueInWorker(create: () => RankWorker = realWorker): RankQueue {
  if (create === realWorker && typeof Worker === 'undefined') return inThisThread;
  let worker: RankWorker | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (items: QueueItem[]) => void; reject: (err: Error) => void }>();
  const listen = (w: RankWorker) => {
    w.onmessage = ({ data }: MessageEvent<RankResponse>) => {
      const job = pending.get(data.id);
      pending.delete(data.id);
      if (data.type === 'ranked') job?.resolve(data.items);
      else job?.reject(new Error(data.message));
    };
    return w;
  };
  return (graph, accepted, limit) => {
    const id = nextId++;
    worker ??= listen(create());
    const result = new Promise<QueueItem[]>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage({ id, graph: serializeGraph(graph), accepted: [...accepted], limit });
    return {
      result,
      cancel: () => {
        if (!pending.delete(id)) return; // already delivered
        // Still ranking (or queued behind one that is): its work is wasted, so the worker goes with it.
        worker?.terminate();
        worker = null;
        for (const job of pending.values()) job.reject(new Error('app/review: ranking stopped'));
        pending.clear();
      },
    };
  };
}

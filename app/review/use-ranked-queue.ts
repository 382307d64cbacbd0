import { useEffect, useState } from 'react';
import type { QueueItem } from '../../src/review';
import type { ReviewedGraph } from '../../src/review';
import { rankQueueInWorker, type RankQueue } from './rank-in-worker';

let shared: RankQueue | undefined;
const defaultRank = (): RankQueue => (shared ??= rankQueueInWorker());

export interface RankedQueue {
  /** The latest ranking (of an earlier graph while `ranking`), or null before the first one is done. */
  items: QueueItem[] | null;
  /** A ranking of the current graph is under way. */
  ranking: boolean;
  error: string | null;
}

/**
 * The review queue of `reviewed`, ranked off the page's thread. While a new graph is ranked the previous
 * list stays up, so the reviewer's place survives a decision; deciding guards against an item already gone.
 */
export function useRankedQueue(reviewed: ReviewedGraph, limit: number, rank: RankQueue = defaultRank()): RankedQueue {
  const [done, setDone] = useState<{ of: ReviewedGraph; items: QueueItem[]; error: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    const job = rank(reviewed.graph, reviewed.accepted, limit);
    job.result.then(
      (items) => live && setDone({ of: reviewed, items, error: null }),
      (err: Error) => live && setDone({ of: reviewed, items: [], error: err.message }),
    );
    return () => {
      live = false;
      job.cancel();
    };
  }, [reviewed, limit, rank]);
  return { items: done?.items ?? null, ranking: done?.of !== reviewed, error: done?.error ?? null };
}

import { describe, expect, it } from 'vitest';
import { reviewQueue } from '../../src/review';
import { echoStory } from '../../src/test-support/echo-story';
import { graphFromTrustedJson } from '../workers/trusted-graph';
import type { QueueItem } from '../../src/review';
import type { JobResponse } from '../workers/worker-jobs';
import { rankQueueInWorker, type RankWorker } from './rank-in-worker';
import type { RankRequest } from './rank-protocol';

/** Stands in for the ranking worker: ranks what it is sent when `answer` is called, as the worker would. */
class FakeRankWorker implements RankWorker {
  static made: FakeRankWorker[] = [];
  onmessage: ((event: MessageEvent<JobResponse<QueueItem[]>>) => void) | null = null;
  inbox: ({ id: number } & RankRequest)[] = [];
  terminated = false;

  constructor() {
    FakeRankWorker.made.push(this);
  }

  postMessage(request: { id: number } & RankRequest): void {
    this.inbox.push(request);
  }

  answer(): void {
    for (const { id, graph, accepted, limit } of this.inbox.splice(0)) {
      const value = reviewQueue(graphFromTrustedJson(graph), { accepted: new Set(accepted), limit });
      this.onmessage?.({ data: { id, type: 'done', value } } as MessageEvent<JobResponse<QueueItem[]>>);
    }
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('rankQueueInWorker', () => {
  it('ranks in the worker exactly as on the page, accepted edges left out, and reuses the worker', async () => {
    FakeRankWorker.made = [];
    const { graph } = echoStory();
    const rank = rankQueueInWorker(() => new FakeRankWorker());
    const firstEdge = reviewQueue(graph)[0]!.edge;
    const all = rank(graph, new Set(), 50);
    FakeRankWorker.made[0]!.answer();
    expect(await all.result).toEqual(reviewQueue(graph, { limit: 50 }));
    const rest = rank(graph, new Set([firstEdge]), 2);
    FakeRankWorker.made[0]!.answer();
    const items = await rest.result;
    expect(items.map((i) => i.edge)).not.toContain(firstEdge);
    expect(items).toHaveLength(2);
    expect(FakeRankWorker.made).toHaveLength(1);
  });

  it('cancelling a ranking under way stops its worker; the next ranking gets a fresh one', async () => {
    FakeRankWorker.made = [];
    const { graph } = echoStory();
    const rank = rankQueueInWorker(() => new FakeRankWorker());
    const stale = rank(graph, new Set(), 50);
    let delivered = false;
    void stale.result.then(() => (delivered = true)).catch(() => undefined);
    stale.cancel();
    const [first] = FakeRankWorker.made;
    expect(first!.terminated).toBe(true);
    first!.answer(); // a terminated worker's last words are not delivered
    const next = rank(graph, new Set(), 1);
    expect(FakeRankWorker.made).toHaveLength(2);
    FakeRankWorker.made[1]!.answer();
    expect(await next.result).toHaveLength(1);
    expect(delivered).toBe(false);
  });
});

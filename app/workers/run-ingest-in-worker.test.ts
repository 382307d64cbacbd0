import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraph, serializeGraph, upsertNode } from '../../src/model';
import type { IngestRequest, IngestResponse } from './ingest-protocol';
import type { FileReport } from './ingest-types';
import { ingestInWorker } from './run-ingest-in-worker';

/**
 * Stands in for the ingest worker: on a request it reports each file as started and "reads" it at once,
 * except files named `slow…`, where it stops as a worker stuck in extraction would.
 */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<IngestResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: string[] = [];
  terminated = false;

  constructor() {
    FakeWorker.made.push(this);
  }

  postMessage(request: IngestRequest): void {
    this.received = request.files.map((f) => f.name);
    const post = (data: IngestResponse) => this.onmessage?.({ data } as MessageEvent<IngestResponse>);
    const reports: FileReport[] = [];
    for (const [i, file] of request.files.entries()) {
      post({
        type: 'progress',
        phase: 'reading',
        filesDone: i,
        filesTotal: request.files.length,
        current: file.name,
        articlesDone: i,
      });
      if (file.name.startsWith('slow')) return;
      reports.push({ file: file.name, format: 'text', articles: 1, summaries: 0, graphs: 0, problems: [] });
    }
    const graph = createGraph();
    upsertNode(graph, 'outlet:a', { kind: 'outlet', label: 'A', aliases: [] });
    post({ type: 'done', graph: serializeGraph(graph), articles: [], reports, saved: true, saveError: null });
  }

  terminate(): void {
    this.terminated = true;
  }
}

const start = (fileTimeoutMs?: number) =>
  ingestInWorker('db', {
    createWorker: () => new FakeWorker() as unknown as Worker,
    ...(fileTimeoutMs === undefined ? {} : { fileTimeoutMs }),
  });
const file = (name: string) => new File(['The mayor said so.'], name);

describe('ingestInWorker budget', () => {
  afterEach(() => {
    vi.useRealTimers();
    FakeWorker.made = [];
  });

  it('skips a file over the time budget by name, then imports the others in a fresh worker', async () => {
    vi.useFakeTimers();
    const files = [file('a.txt'), file('slow.html'), file('b.txt')];
    const job = start(200)(files, createGraph(), () => {});
    expect(FakeWorker.made).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(199);
    expect(FakeWorker.made).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    const outcome = await job.result;
    const [stuck, fresh] = FakeWorker.made;
    expect(stuck!.terminated).toBe(true);
    expect(fresh!.received).toEqual(['a.txt', 'b.txt']);
    expect(outcome.status).toBe('done');
    if (outcome.status !== 'done') return;
    expect(outcome.batch.reports.map((r) => r.file)).toEqual(['a.txt', 'slow.html', 'b.txt']);
    expect(outcome.batch.reports[1]!.problems).toEqual([
      'app/ingest: slow.html: skipped: extraction took longer than 0.2 s',
    ]);
    expect(outcome.batch.graph.hasNode('outlet:a')).toBe(true);
    expect(outcome.saved).toBe(true);
  });

  it('reports every file skipped without touching the workspace when none finishes', async () => {
    vi.useFakeTimers();
    const base = createGraph();
    const job = start(1000)([file('slow-1.txt'), file('slow-2.txt')], base, () => {});
    await vi.advanceTimersByTimeAsync(2000);
    const outcome = await job.result;
    if (outcome.status !== 'done') throw new Error('expected done');
    expect(outcome.batch.graph).toBe(base);
    expect(outcome.batch.articles).toEqual([]);
    expect(outcome.batch.reports.map((r) => r.problems[0])).toEqual([
      'app/ingest: slow-1.txt: skipped: extraction took longer than 1 s',
      'app/ingest: slow-2.txt: skipped: extraction took longer than 1 s',
    ]);
    expect(outcome.saved).toBe(false);
  });

  it('cancelling stops the worker and never starts another', async () => {
    vi.useFakeTimers();
    const job = start(200)([file('slow.txt'), file('b.txt')], createGraph(), () => {});
    job.cancel();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await job.result).toEqual({ status: 'cancelled' });
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });
});

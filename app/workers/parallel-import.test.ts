import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticJsonl } from '../../src/bench/synthetic-articles';
import { linkedomParsers } from '../../src/ingest/linkedom-parsers';
import { createGraph, serializeGraph } from '../../src/model';
import { extractFile } from './extract-file';
import { extractWorkerCount } from './extract-pool';
import type { ExtractMessage, ExtractTask, ExtractWorker } from './extract-protocol';
import { addFileToBatch, createBatch, finishBatch } from './ingest-batch';
import { importInParallel } from './parallel-import';

/** Lets `n` rounds of queued promise callbacks run: how a fake worker takes longer on some files than others. */
async function ticks(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await Promise.resolve();
}

/**
 * Stands in for an extraction worker: extracts for real, in this thread, but answers after a delay that
 * depends on the file (`delay`), so files finish out of order. A file named `crash…` kills the worker.
 */
class FakeExtractor implements ExtractWorker {
  static made = 0;
  /** Ids of the files answered, in the order the fakes answered them. */
  static answered: number[] = [];
  onmessage: ((event: MessageEvent<ExtractMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;

  constructor(private readonly delay: (task: ExtractTask) => number) {
    FakeExtractor.made++;
  }

  postMessage(task: ExtractTask): void {
    void (async () => {
      const bytes = new Uint8Array(await task.file.arrayBuffer());
      await ticks(this.delay(task));
      if (this.terminated) return;
      if (task.file.name.startsWith('crash')) {
        this.onerror?.({ message: 'out of memory' } as ErrorEvent);
        return;
      }
      const send = (data: ExtractMessage) => this.onmessage?.({ data } as MessageEvent<ExtractMessage>);
      const extraction = extractFile(task.file.name, bytes, linkedomParsers, () =>
        send({ type: 'article', id: task.id }),
      );
      FakeExtractor.answered.push(task.id);
      send({ type: 'result', id: task.id, extraction });
    })();
  }

  terminate(): void {
    this.terminated = true;
  }
}

const fixture = (path: string, name = path.split('/').pop()!) => new File([readFileSync(path)], name);
const jsonl = (name: string, text: string) => new File([text], name);
const record = (id: string, text: string) => JSON.stringify({ id, outlet: 'Riverside Courier', text });

// A batch with what makes merging order-sensitive: the same article twice, an id reused for a different
// text (renamed on merge), shared sources and outlets across files, a feed, a page, and files that fail.
const FILES = [
  fixture('../shared/corpus/seed-article.txt'),
  jsonl('part-0.jsonl', syntheticJsonl(12, { seed: 7 })),
  fixture('e2e/fixtures/ingest/feed.rss'),
  jsonl('mine.jsonl', record('mine-1', 'The mayor said the bridge would reopen in May.')),
  fixture('e2e/fixtures/ingest/image.png'),
  fixture('e2e/fixtures/ingest/app/harbour-ledger.html'),
  jsonl('part-1.jsonl', syntheticJsonl(12, { seed: 8 })),
  jsonl('mine-again.jsonl', record('mine-1', 'Ada Brandt told reporters the bridge would stay shut until June.')),
  fixture('../shared/corpus/seed-article.txt', 'seed copy.txt'),
  fixture('e2e/fixtures/ingest/articles.jsonl'),
];

async function importWith(workers: number, delay: (task: ExtractTask) => number, files = FILES) {
  const progress: number[] = [];
  FakeExtractor.answered = [];
  const done = await importInParallel({
    files,
    base: createGraph(),
    workers,
    spawn: () => new FakeExtractor(delay),
    onProgress: (filesDone) => progress.push(filesDone),
  });
  return { ...done, json: serializeGraph(done.graph), progress, answered: FakeExtractor.answered };
}

// Each case imports the whole batch for real, up to three times: seconds on a loaded machine.
describe('importInParallel', { timeout: 60_000 }, () => {
  it('gives the same graph, keys, highlights and reports with 1 and with 3 workers, whatever finishes first', async () => {
    const one = await importWith(1, () => 0);
    // Later files finish first, then an irregular order: neither may change a thing.
    const reversed = await importWith(3, (t) => (FILES.length - t.id) * 20);
    const shuffled = await importWith(3, (t) => ((t.id * 7) % 5) * 15);
    expect(one.graph.order).toBeGreaterThan(100);
    const inOrder = FILES.map((_f, i) => i);
    expect(one.answered).toEqual(inOrder);
    expect(reversed.answered).not.toEqual(inOrder);
    expect(shuffled.answered).not.toEqual(inOrder);
    expect(one.articles.some((a) => a.key.startsWith('article:mine-1~'))).toBe(true);
    for (const other of [reversed, shuffled]) {
      expect(other.json).toEqual(one.json);
      expect(other.articles).toEqual(one.articles);
      expect(other.reports).toEqual(one.reports);
    }
  });

  it('is the single-thread batch, file for file', async () => {
    const batch = createBatch();
    for (const f of FILES) addFileToBatch(batch, f.name, new Uint8Array(await f.arrayBuffer()), linkedomParsers);
    const alone = finishBatch(batch);
    const pooled = await importWith(3, (t) => (t.id % 3) * 10);
    expect(pooled.json).toEqual(serializeGraph(alone.graph));
    expect(pooled.articles).toEqual(alone.articles);
  });

  it('reports bad files by name in file order, progress counting files merged in order', async () => {
    const { reports, progress } = await importWith(3, (t) => (FILES.length - t.id) * 20);
    expect(reports.map((r) => r.file)).toEqual(FILES.map((f) => f.name));
    expect(reports.find((r) => r.file === 'image.png')!.problems[0]).toMatch(/^ingest: binary file/);
    expect(progress.filter((n, i) => i > 0 && n < progress[i - 1]!)).toEqual([]);
    expect(progress.at(-1)).toBe(FILES.length);
  });

  it('a worker that dies costs its file only: reported by name, the rest imported by a fresh worker', async () => {
    FakeExtractor.made = 0;
    const files = [FILES[0]!, fixture('e2e/fixtures/ingest/feed.rss', 'crash.rss'), FILES[1]!];
    const { reports, articles } = await importWith(1, () => 0, files);
    expect(reports.map((r) => r.file)).toEqual(['seed-article.txt', 'crash.rss', 'part-0.jsonl']);
    expect(reports[1]!.problems).toEqual(['app/ingest: crash.rss: extraction failed: out of memory']);
    expect(articles.map((a) => a.file)).toContain('part-0.jsonl');
    expect(FakeExtractor.made).toBe(2);
  });
});

describe('extractWorkerCount', () => {
  it('uses a worker per core but the merging one, up to the cap, never more than the files, at least one', () => {
    expect(extractWorkerCount(2, 4)).toBe(1);
    expect(extractWorkerCount(4, 10)).toBe(3);
    expect(extractWorkerCount(16, 40)).toBe(4);
    expect(extractWorkerCount(8, 2)).toBe(2);
    expect(extractWorkerCount(undefined, 5)).toBe(1);
    expect(extractWorkerCount(0, 0)).toBe(1);
  });
});

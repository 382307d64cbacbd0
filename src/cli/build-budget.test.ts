import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from './build-runner';
import { formatSummary } from './build-summary';

const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-budget-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return { path: join(dir, name), display: name };
};
const workerEntry = new URL('./misbehaving-build-worker.fixture.ts', import.meta.url);
const articlesIn = (graph: Awaited<ReturnType<typeof runBuild>>['graph']) =>
  graph.filterNodes((_k, a) => a.kind === 'article').length;

describe('runBuild budget', () => {
  const good = [
    file('a.txt', 'The mayor said the bridge would reopen in May.'),
    file('b.txt', 'The agency said the report was late.'),
  ];

  it('skips a file over the time budget by name and builds the rest', async () => {
    const files = [good[0]!, file('hang.txt', 'The police said nothing.'), good[1]!];
    // Generous beside the good files' few milliseconds, so a loaded machine cannot push them over.
    const outcome = await runBuild({ files, jobs: 1, fileTimeoutMs: 3000, workerEntry });
    expect(outcome.problems).toEqual([{ file: 'hang.txt', message: 'skipped: extraction took longer than 3 s' }]);
    expect(articlesIn(outcome.graph)).toBe(2);
    expect(outcome.filesLoaded).toBe(2);
    const summary = formatSummary(outcome, files.length, 0, 1);
    expect(summary).toContain('  hang.txt: skipped: extraction took longer than 3 s');
  }, 30_000);

  it('skips a file whose worker runs out of memory by name and builds the rest', async () => {
    const files = [file('hog.txt', 'The police said nothing.'), ...good];
    const outcome = await runBuild({ files, jobs: 2, workerMemoryMb: 64, workerEntry });
    expect(outcome.problems).toEqual([
      { file: 'hog.txt', message: 'skipped: extraction ran out of memory (the limit is 64 MB per worker)' },
    ]);
    expect(articlesIn(outcome.graph)).toBe(2);
  }, 30_000);
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildProgress } from './build-runner';
import { runBuild } from './build-runner';

describe('runBuild', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-runner-'));
  const big = join(dir, 'big.jsonl');
  const lines = Array.from({ length: 10 }, (_, i) =>
    JSON.stringify({ id: `b${i}`, text: `The agency said report ${i} was late.` }),
  );
  writeFileSync(big, lines.join('\n'));
  const small = join(dir, 'small.txt');
  writeFileSync(small, 'The mayor said the bridge would reopen.');
  const files = [
    { path: big, display: 'big.jsonl' },
    { path: small, display: 'small.txt' },
  ];

  it('counts a file shared out in batches as done only after its last batch', async () => {
    const seen: BuildProgress[] = [];
    const outcome = await runBuild({
      files,
      jobs: 0,
      splitAbove: 3,
      batchSize: 4,
      onProgress: (p) => seen.push({ ...p }),
    });
    expect(outcome.report.added).toHaveLength(11);
    expect(outcome.filesLoaded).toBe(2);
    // big.jsonl (split into 3 batches) then small.txt: 1 + 3 + 1 deliveries.
    expect(seen.map((p) => p.filesDone)).toEqual([0, 0, 0, 1, 2]);
    expect(seen.map((p) => p.articles)).toEqual([0, 4, 8, 10, 11]);
  });

  it('keeps input order: the same graph whatever the batch size', async () => {
    const a = await runBuild({ files, jobs: 0, splitAbove: 3, batchSize: 2 });
    const b = await runBuild({ files, jobs: 0, splitAbove: 100 });
    expect(a.graph.export()).toEqual(b.graph.export());
  });
});

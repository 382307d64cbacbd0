import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBytesAtomic, writeFileAtomic } from './write-file-atomic';

describe('writeFileAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-atomic-'));

  it('replaces the file only when the whole content is written', async () => {
    const target = join(dir, 'ok.json');
    writeFileSync(target, '{"old":true}');
    await writeBytesAtomic(target, '{"new":true}');
    expect(readFileSync(target, 'utf8')).toBe('{"new":true}');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves the old file intact and removes the temporary file when the writer fails midway', async () => {
    const target = join(dir, 'graph.json');
    writeFileSync(target, '{"old":true}');
    const failing = writeFileAtomic(target, async (out) => {
      out.write('{"nodes":[');
      throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir).filter((f) => f.startsWith('.graph.json'))).toEqual([]);
  });

  it('fails without touching the target when the folder cannot be written', async () => {
    await expect(writeBytesAtomic(join(dir, 'no-such-folder', 'x.json'), 'x')).rejects.toThrow(/ENOENT/);
  });

  it('keeps the old graph when `build -o` is killed by a file-size limit halfway through writing', () => {
    const target = join(dir, 'corpus.json');
    const article = join(dir, 'a.txt');
    writeFileSync(article, 'Officials said the plan was approved on Monday, according to Reuters. '.repeat(40));
    writeFileSync(target, '{"old":true}');
    // bash's `ulimit -f 4` caps files at 4 KB: the write fails with EFBIG once the graph passes that size.
    const cli = `ulimit -f 4; exec node --import tsx src/cli/main.ts build "$1" -o "$2" -j 0 -q`;
    const run = spawnSync('bash', ['-c', cli, 'bash', article, target], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/EFBIG/);
    expect(readFileSync(target, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(dir).filter((f) => f.startsWith('.corpus.json'))).toEqual([]);
    // Without the limit the same build succeeds, so the failure above was the write, not the input.
    execFileSync('node', ['--import', 'tsx', 'src/cli/main.ts', 'build', article, '-o', target, '-j', '0', '-q']);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toHaveProperty('nodes');
  }, 60_000);
});

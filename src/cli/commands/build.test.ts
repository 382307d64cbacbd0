import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseGraphJson } from '../../model';
import { buildCommand } from './build';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return { stream, text: () => text };
}

async function build(args: string[]) {
  const out = capture();
  const err = capture();
  const code = await buildCommand.run(args, { stdout: out.stream, stderr: err.stream, cwd: process.cwd() });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('sourcetrace build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-build-'));

  it('builds a valid graph from a folder of mixed formats in-process, listing what it skipped', async () => {
    // A private copy of our fixtures: other journeys may add files beside them.
    const folder = join(dir, 'fixtures');
    cpSync('e2e/fixtures/ingest', folder, { recursive: true, filter: (src) => !src.includes('/ingest/app') });
    const output = join(dir, 'graph.json');
    const { code, stdout } = await build([folder, '-o', output, '-j', '0']);
    expect(code).toBe(0);
    const graph = parseGraphJson(readFileSync(output, 'utf8'));
    expect(graph.filterNodes((_k, a) => a.kind === 'article')).toHaveLength(16);
    // The feed's teaser item is imported and counted as a summary.
    expect(stdout).toMatch(
      /^sourcetrace build: 16 articles \(16 extracted, 1 only a feed summary\) from 9 of 14 files/,
    );
    expect(stdout).toMatch(/fixtures\/utf16.txt: ingest: not UTF-8/);
    expect(stdout).toMatch(/fixtures\/articles.jsonl: ingest\/jsonl: line 4: text: required/);
    expect(stdout).toMatch(/2 files in folders ignored/);
  });

  it('gives the same graph with worker threads as in-process, and splits big files among workers', async () => {
    const lines = Array.from({ length: 20 }, (_, i) =>
      JSON.stringify({ id: `n${i}`, text: `Officials said plan ${i} was approved on Monday.` }),
    );
    const jsonl = join(dir, 'many.jsonl');
    writeFileSync(jsonl, lines.join('\n'));
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect((await build([jsonl, 'e2e/fixtures/ingest/feed.rss', '-o', a, '-j', '0', '-q'])).code).toBe(0);
    expect((await build([jsonl, 'e2e/fixtures/ingest/feed.rss', '-o', b, '-j', '2', '-q'])).code).toBe(0);
    expect(readFileSync(b, 'utf8')).toBe(readFileSync(a, 'utf8'));
    expect(parseGraphJson(readFileSync(b, 'utf8')).filterNodes((_k, x) => x.kind === 'article')).toHaveLength(23);
  }, 60_000);

  it('exits 1 when nothing loads, 2 on usage errors', async () => {
    const nothing = await build(['e2e/fixtures/ingest/empty.txt', 'no/such/file.txt', '-j', '0']);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain('no/such/file.txt: build: no such file or folder');
    expect(nothing.stderr).toContain('nothing could be loaded');
    expect((await build([])).code).toBe(2);
    expect((await build(['x.txt', '--jobs', 'many'])).stderr).toContain('--jobs must be a whole number');
  });

  it('merges a graph JSON input with new articles', async () => {
    const first = join(dir, 'first.json');
    await build(['e2e/fixtures/ingest/feed.atom', '-o', first, '-j', '0', '-q']);
    const merged = join(dir, 'merged.json');
    const { code } = await build([first, 'e2e/fixtures/ingest/og-only.html', '-o', merged, '-j', '0', '-q']);
    expect(code).toBe(0);
    expect(parseGraphJson(readFileSync(merged, 'utf8')).filterNodes((_k, x) => x.kind === 'article')).toHaveLength(3);
  });
});

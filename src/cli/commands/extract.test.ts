import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { captureIO } from '../run-command.test-helper';

async function cli(args: string[], cwd: string) {
  const { io, stdout, stderr } = captureIO(cwd);
  const code = await main(args, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('sourcetrace extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-extract-'));
  const said = (id: string) => JSON.stringify({ id, text: 'The minister told reporters that the talks had failed.' });

  it('reports a bad JSONL line by file and line, extracts the other lines and exits 1', async () => {
    writeFileSync(join(dir, 'corpus.jsonl'), [said('a'), '{not json', 'null', said('b')].join('\n'));
    const { code, stdout, stderr } = await cli(['extract', 'corpus.jsonl'], dir);
    expect(code).toBe(1);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['a', 'b']);
    expect(stderr).toContain('corpus.jsonl: ingest/jsonl: line 2: not valid JSON');
    expect(stderr).toContain('corpus.jsonl: ingest/jsonl: line 3: expected an object');
  });

  it("applies build's checks: size limit, empty, binary and UTF-16 files are refused by name", async () => {
    writeFileSync(join(dir, 'huge.txt'), 'x'.repeat(30 * 1024 * 1024));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blob.txt'), new Uint8Array([0x89, 0x50, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'wide.txt'), Buffer.from('\ufeffThe minister said so.', 'utf16le'));
    const { code, stdout, stderr } = await cli(['extract', 'huge.txt', 'empty.txt', 'blob.txt', 'wide.txt'], dir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('huge.txt: ingest: too large (30.0 MB; the limit is 20.0 MB)');
    expect(stderr).toContain('empty.txt: ingest: empty file');
    expect(stderr).toContain('blob.txt: ingest: binary file');
    expect(stderr).toContain('wide.txt: ingest: not UTF-8: the file is UTF-16');
  });

  it('still prints one article for a text file, and exits 0 when everything was read', async () => {
    writeFileSync(join(dir, 'one.txt'), 'The minister told reporters that the talks had failed.');
    const { code, stdout, stderr } = await cli(['extract', 'one.txt', '--outlet', 'Reuters'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { attributions: unknown[] }).attributions).toHaveLength(1);
  });

  it('names the --outlets file when it is missing or not valid JSON, in extract and build', async () => {
    writeFileSync(join(dir, 'outlets.json'), '[{"name": ');
    const missing = await cli(['extract', 'one.txt', '--outlets', 'nope.json'], dir).catch((e: Error) => e);
    expect(String(missing)).toContain('extract: --outlets nope.json: cannot be read (ENOENT)');
    const bad = await cli(['build', 'one.txt', '--outlets', 'outlets.json'], dir).catch((e: Error) => e);
    expect(String(bad)).toContain('build: --outlets outlets.json: not valid JSON');
  });
});

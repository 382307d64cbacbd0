import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from './expand-inputs';

describe('expandInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'sourcetrace-inputs-'));
  mkdirSync(join(root, 'news/deep'), { recursive: true });
  mkdirSync(join(root, 'news/node_modules'), { recursive: true });
  for (const f of [
    'news/a.txt',
    'news/deep/b.HTML',
    'news/deep/c.png',
    'news/node_modules/d.txt',
    'news/.hidden.txt',
    'e.jsonl',
  ]) {
    writeFileSync(join(root, f), 'x');
  }

  it('walks folders for supported extensions, skipping hidden files and node_modules, and counts the rest', async () => {
    const { files, ignored, problems } = await expandInputs(['news'], root);
    expect(files.map((f) => f.display)).toEqual(['news/a.txt', 'news/deep/b.HTML']);
    expect(ignored).toBe(1);
    expect(problems).toEqual([]);
  });

  it('expands globs, de-duplicates, keeps named files whatever their extension, reports missing paths', async () => {
    const { files, problems } = await expandInputs(
      ['news/**/*.txt', 'news/a.txt', 'news/deep/c.png', 'gone.txt', '*.xml'],
      root,
    );
    expect(files.map((f) => f.display)).toEqual(['news/a.txt', 'news/deep/c.png']);
    expect(problems).toEqual([
      { file: 'gone.txt', message: 'build: no such file or folder' },
      { file: '*.xml', message: 'build: the pattern matched no files' },
    ]);
  });

  it('never follows a symbolic link out of a walked folder, but reads a link named explicitly', async () => {
    const base = mkdtempSync(join(tmpdir(), 'sourcetrace-links-'));
    mkdirSync(join(base, 'corpus'));
    mkdirSync(join(base, 'secrets'));
    writeFileSync(join(base, 'secrets/credentials'), 'aws_secret_access_key = hunter2');
    writeFileSync(join(base, 'secrets/more.txt'), 'private');
    writeFileSync(join(base, 'corpus/a.txt'), 'x');
    symlinkSync(join(base, 'secrets/credentials'), join(base, 'corpus/notes.txt'));
    symlinkSync(join(base, 'secrets'), join(base, 'corpus/linked'));
    const walked = await expandInputs(['corpus', 'corpus/**/*.txt'], base);
    expect(walked.files.map((f) => f.display)).toEqual(['corpus/a.txt']);
    const named = await expandInputs(['corpus/notes.txt'], base);
    expect(named.files.map((f) => f.display)).toEqual(['corpus/notes.txt']);
  });
});

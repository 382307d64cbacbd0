import { createWriteStream, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../corpus';
import { parseGraphJson } from '../../model';
import { captureIO } from '../run-command.test-helper';
import { writeGraphJson } from '../write-graph-json';
import { buildCommand } from './build';

async function build(args: string[]) {
  const { io, stdout, stderr } = captureIO();
  const code = await buildCommand.run([...args, '-j', '0'], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

const ARTICLE = 'Officials said the plan was approved on Monday, according to Reuters.';

describe('sourcetrace build with graph inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-graph-inputs-'));
  const news = join(dir, 'new.txt');
  writeFileSync(news, 'The minister told the BBC that the talks had failed.');

  it('reads back a graph over the 20 MB article limit that build itself wrote', async () => {
    const { graph, articleKey } = extractArticle({ id: 'big', text: ARTICLE });
    // Padding after the extracted text keeps every evidence offset valid.
    const padded = ARTICLE + '\n' + 'Filler text. '.repeat(1_800_000);
    graph.updateNodeAttributes(articleKey, (a) => (a.kind === 'article' ? { ...a, text: padded } : a));
    const big = join(dir, 'big.json');
    const out = createWriteStream(big);
    await writeGraphJson(graph, out);
    out.end();
    await finished(out);
    expect(statSync(big).size).toBeGreaterThan(21 * 1024 * 1024);
    const merged = join(dir, 'merged.json');
    const first = await build([big, news, '-o', merged, '-q']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const again = join(dir, 'again.json');
    expect((await build([merged, '-o', again, '-q'])).code).toBe(0);
    const result = parseGraphJson(readFileSync(again, 'utf8'));
    expect(result.filterNodes((_k, a) => a.kind === 'article')).toHaveLength(2);
    expect(result.getNodeAttributes(articleKey)).toMatchObject({ kind: 'article', text: padded });
  }, 60_000);

  it('stops with exit 1 and leaves the file alone when the graph it would overwrite does not load', async () => {
    const target = join(dir, 'g.json');
    for (const broken of ['{"options":{"type":"directed"},"nodes":[{"key":"article:a"', 'not json at all']) {
      writeFileSync(target, broken);
      const { code, stderr } = await build([target, news, '-o', target]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/a graph input could not be loaded; .*g\.json was not written/);
      expect(readFileSync(target, 'utf8')).toBe(broken);
    }
  });

  it('stops on any graph input that fails to load, naming it and the problem', async () => {
    const bad = join(dir, 'corpus.json');
    writeFileSync(bad, '{"nodes":[{"key":"x","attributes":{"kind":"nonsense"}}],"edges":[]}');
    const output = join(dir, 'out.json');
    const { code, stderr } = await build([bad, news, '-o', output]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/corpus\.json: ingest\/graph: /);
    expect(() => statSync(output)).toThrow();
  });
});

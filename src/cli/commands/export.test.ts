import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { writeJson } from '../../export';
import { createGraph, upsertEdge, upsertNode } from '../../model';
import { writeSnapshot } from '../../snapshot';
import { main } from '../main';

function sampleGraph() {
  const graph = createGraph();
  const text = 'Officials told the Herald the port was closed.';
  upsertNode(graph, 'outlet:herald', { kind: 'outlet', label: 'The Herald', aliases: [] });
  upsertNode(graph, 'article:a1', {
    kind: 'article',
    label: 'Port',
    aliases: [],
    title: 'Port',
    outlet: 'outlet:herald',
    text,
  });
  upsertNode(graph, 'person:officials', { kind: 'person', label: 'Officials <b>', aliases: [], anonymous: true });
  upsertNode(graph, 'outlet:other', { kind: 'outlet', label: 'Other', aliases: [] });
  upsertEdge(graph, { kind: 'publishes', source: 'outlet:herald', target: 'article:a1' });
  upsertEdge(graph, {
    kind: 'cites',
    source: 'article:a1',
    target: 'person:officials',
    evidence: [{ article: 'article:a1', start: 0, end: 14 }],
  });
  return graph;
}

async function run(args: string[], cwd: string) {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  const chunks = { out: '', err: '' };
  stdout.on('data', (c: Buffer) => (chunks.out += c.toString()));
  stderr.on('data', (c: Buffer) => (chunks.err += c.toString()));
  const code = await main(['export', ...args], { stdout, stderr, cwd });
  return { code, ...chunks };
}

describe('sourcetrace export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcetrace-export-'));
  writeFileSync(join(dir, 'graph.json'), writeJson(sampleGraph()));

  it('writes each text format to the -o path', async () => {
    for (const [format, check] of [
      ['graphml', '<graphml'],
      ['gexf', '<gexf'],
      ['cyjs', '"format_version"'],
      ['json', '"nodes"'],
      ['svg', '<svg'],
    ] as const) {
      const result = await run(['graph.json', '--format', format, '-o', `out.${format}`], dir);
      expect(result.code).toBe(0);
      expect(readFileSync(join(dir, `out.${format}`), 'utf8')).toContain(check);
    }
  });

  it('writes the CSV zip and refuses a non-zip path for it', async () => {
    expect((await run(['graph.json', '--format', 'csv', '-o', 'tables.zip'], dir)).code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(join(dir, 'tables.zip')))).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const refused = await run(['graph.json', '--format', 'csv', '-o', 'tables.csv'], dir);
    expect([refused.code, refused.err]).toEqual([2, expect.stringContaining('give -o <name>.zip')]);
  });

  it('refuses PNG with a message pointing to SVG and the app, and says so in --help', async () => {
    const result = await run(['graph.json', '--format', 'png'], dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--format svg.*Export menu/);
    expect((await run(['--help'], dir)).out).toMatch(/png\s+refused/);
  });

  it('filters by outlet and prints to stdout with -o -', async () => {
    const result = await run(['graph.json', '--format', 'json', '--outlet', 'The Herald', '-o', '-'], dir);
    expect(result.code).toBe(0);
    expect(
      JSON.parse(result.out)
        .nodes.map((n: { key: string }) => n.key)
        .sort(),
    ).toEqual(['article:a1', 'outlet:herald', 'person:officials']);
    expect((await run(['graph.json', '--format', 'json', '--outlet', 'Nowhere'], dir)).err).toContain(
      'no outlet "Nowhere"',
    );
  });

  it('draws the same SVG twice from the same seed, and uses a snapshot’s saved positions', async () => {
    const a = await run(['graph.json', '--format', 'svg', '--seed', '3', '-o', '-'], dir);
    const b = await run(['graph.json', '--format', 'svg', '--seed', '3', '-o', '-'], dir);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('Officials &lt;b&gt;');
    const positions = {
      'outlet:herald': { x: 0, y: 0 },
      'article:a1': { x: 100, y: 0 },
      'person:officials': { x: 100, y: 100 },
      'outlet:other': { x: 0, y: 100 },
    };
    writeFileSync(
      join(dir, 'view.sourcetrace.json'),
      await writeSnapshot({ graph: sampleGraph(), view: { positions } }),
    );
    const fromSnapshot = await run(['view.sourcetrace.json', '--format', 'svg', '--no-legend', '-o', '-'], dir);
    expect(fromSnapshot.out).toContain('<circle cx="1060" cy="1060"');
  });

  it('reports unreadable input with the file name and a non-zero exit', async () => {
    writeFileSync(join(dir, 'bad.graphml'), '<graphml><graph>');
    const result = await run(['bad.graphml', '--format', 'json', '-o', '-'], dir);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^export\/graphml: bad\.graphml: not well-formed XML/);
    expect((await run(['graph.json'], dir)).err).toContain('--format is required');
  });
});

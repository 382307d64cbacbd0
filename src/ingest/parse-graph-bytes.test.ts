import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';
import { serializeGraph } from '../model';
import { parseGraphBytes } from './parse-graph-bytes';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseGraphBytes', () => {
  it('reads a graph bigger than one JSON.parse slice exactly as JSON.parse would', () => {
    const text = 'Officials said the plan had failed, Reuters reported.';
    const { graph, articleKey } = extractArticle({ id: 'a', text });
    // Quotes, backslashes, brackets and commas inside strings must not be taken for structure.
    const tricky = ' "quoted" \\ [not, an] {array}, é ✓ '.repeat(40_000);
    graph.updateNodeAttributes(articleKey, (a) => (a.kind === 'article' ? { ...a, text: text + tricky } : a));
    const json = JSON.stringify(serializeGraph(graph), null, 1);
    expect(json.length).toBeGreaterThan(1024 * 1024);
    const result = parseGraphBytes(bytes(json), 'g.json');
    expect(result.problems).toEqual([]);
    expect(serializeGraph(result.graphs[0]!)).toEqual(JSON.parse(json));
  });

  it('names the problem for truncated JSON, text after the graph and an invalid graph', () => {
    const big = `{"nodes":[${'{"key":"x"},'.repeat(120_000)}`;
    const cases: [string, RegExp][] = [
      ['{"nodes":[{"key":"a"', /ingest\/graph: not valid JSON: the file ends inside a value/],
      [big, /ingest\/graph: not valid JSON/],
      ['{"nodes":[],"edges":[]} trailing', /ingest\/graph: not valid JSON: text after byte 23/],
      ['{"nodes":[{"key":"x","attributes":{"kind":"nope"}}],"edges":[]}', /ingest\/graph: model\/serialize/],
    ];
    for (const [text, message] of cases) {
      const result = parseGraphBytes(bytes(text), 'g.json');
      expect(result.graphs).toEqual([]);
      expect(result.problems[0]?.message).toMatch(message);
    }
  });
});

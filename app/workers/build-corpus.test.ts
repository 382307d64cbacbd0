import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deserializeGraph, serializeGraph } from '../../src/model';
import { buildCorpus } from './build-corpus';

const corpus = readFileSync('data/sample/corpus.jsonl', 'utf8');

describe('buildCorpus', () => {
  it('builds one valid graph from the sample corpus, reporting progress', () => {
    const seen: number[] = [];
    const built = buildCorpus([{ name: 'corpus.jsonl', text: corpus }], (done) => seen.push(done));
    const lines = corpus.split('\n').filter((l) => l.trim()).length;
    expect(built.articles).toBe(lines);
    expect(seen).toEqual(Array.from({ length: lines }, (_, i) => i + 1));
    expect(built.problems).toEqual([]);
    expect(built.graph.filterNodes((_k, a) => a.kind === 'article')).toHaveLength(lines);
    // What crosses from the worker must survive validation.
    const again = deserializeGraph(JSON.parse(JSON.stringify(serializeGraph(built.graph))));
    expect(again.order).toBe(built.graph.order);
  });

  it('keeps good lines and names the bad ones', () => {
    const good = corpus.split('\n')[0]!;
    const built = buildCorpus([{ name: 'mixed.jsonl', text: `${good}\n{oops\n` }]);
    expect(built.articles).toBe(1);
    expect(built.problems).toHaveLength(1);
    expect(built.problems[0]?.message).toMatch(/^ingest\/jsonl: line 2: /);
    expect(built.graph.order).toBeGreaterThan(1);
  });
});

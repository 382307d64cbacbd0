import { describe, expect, it } from 'vitest';
import { createGraph, serializeGraph, upsertEdge, upsertNode } from '../model';
import { fixtureText } from './fixtures.test-helper';
import { parseJson } from './parse-json';

describe('parseJson', () => {
  it('reads {articles: [...]} and skips bad records by index', () => {
    const result = parseJson(fixtureText('articles.json'), 'articles.json');
    expect(result.articles.map((a) => a.id)).toEqual(['wire-1', 'wire-3']);
    expect(result.problems).toEqual([{ file: 'articles.json', message: 'ingest/json: articles[1]: text: required' }]);
  });

  it('reads a single article object and a bare array', () => {
    expect(parseJson(fixtureText('single-article.json'), 's.json').articles[0]).toMatchObject({ outlet: 'BBC News' });
    const result = parseJson('[{"text":"a"}, {"text":""}, 3]', 'a.json');
    expect(result.articles).toEqual([{ text: 'a' }]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'ingest/json: [1]: text: must not be empty',
      'ingest/json: [2]: expected an object',
    ]);
  });

  it('refuses invalid JSON and a non-array articles field with the reason', () => {
    expect(parseJson('{"text": ', 'x.json').problems[0]?.message).toMatch(/^ingest\/json: not valid JSON \(/);
    expect(parseJson('{"articles": {}}', 'x.json').problems[0]?.message).toBe(
      'ingest/json: articles: expected an array',
    );
  });

  it('says why an empty article list loads nothing (found by the property suite)', () => {
    expect(parseJson('{"articles":[]}', 'none.json').problems).toEqual([
      { file: 'none.json', message: 'ingest/json: articles is empty: no articles' },
    ]);
    expect(parseJson('[]', 'bare.json').problems).toEqual([
      { file: 'bare.json', message: 'ingest/json: the array is empty: no articles' },
    ]);
  });

  it('routes our graph JSON to the model for validation', () => {
    const graph = createGraph();
    upsertNode(graph, 'outlet:reuters', { kind: 'outlet', label: 'Reuters', aliases: [] });
    upsertNode(graph, 'person:ada-brandt', { kind: 'person', label: 'Ada Brandt', aliases: [], anonymous: false });
    upsertEdge(graph, { kind: 'cites', source: 'outlet:reuters', target: 'person:ada-brandt', evidence: [] });
    const result = parseJson(JSON.stringify(serializeGraph(graph)), 'graph.json');
    expect(result.format).toBe('graph');
    expect(result.graphs[0]?.order).toBe(2);
    expect(result.graphs[0]?.size).toBe(1);
    const snapshot = { type: 'sourcetrace-snapshot', version: 1, graph: serializeGraph(graph), view: {} };
    expect(parseJson(JSON.stringify(snapshot), 's.sourcetrace.json').graphs[0]?.order).toBe(2);
  });

  it('ignores __proto__ keys in article objects', () => {
    const result = parseJson(
      '{"__proto__": {"text": "injected"}, "constructor": 1, "text": "The agency said so."}',
      'p.json',
    );
    expect(result.articles).toEqual([{ text: 'The agency said so.' }]);
    expect(({} as { text?: string }).text).toBeUndefined();
  });

  it('reports an invalid graph with the model message and loads nothing', () => {
    const bad = { nodes: [{ key: 'x', attributes: { kind: 'planet' } }], edges: [] };
    const result = parseJson(JSON.stringify(bad), 'g.json');
    expect(result.graphs).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/^ingest\/graph: model\/serialize: nodes\[0\]/);
  });
});

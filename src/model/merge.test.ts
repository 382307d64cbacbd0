import { describe, expect, it } from 'vitest';
import { createGraph, upsertEdge, upsertNode } from './graph';
import { nodeKey, slugify } from './keys';
import { mergeGraphs } from './merge';
import { deserializeGraph, serializeGraph } from './serialize';

function articleGraph(id: string, text: string, outletLabel: string, outletAlias: string) {
  const g = createGraph();
  const outlet = upsertNode(g, nodeKey('outlet', outletLabel), {
    kind: 'outlet',
    label: outletLabel,
    aliases: [outletAlias],
  });
  const article = upsertNode(g, nodeKey('article', id), {
    kind: 'article',
    label: id,
    aliases: [],
    title: id,
    outlet,
    text,
  });
  const memo = upsertNode(g, nodeKey('document', 'memos'), {
    kind: 'document',
    label: 'memos',
    aliases: [],
    description: 'memos',
  });
  upsertEdge(g, { kind: 'publishes', source: outlet, target: article });
  upsertEdge(g, {
    kind: 'cites',
    source: article,
    target: memo,
    cue: 'according to',
    evidence: [{ article, start: 0, end: 5 }],
  });
  return g;
}

describe('keys', () => {
  it('folds articles, case, accents and punctuation into readable slugs', () => {
    expect(slugify('The Wall Street Journal')).toBe('wall-street-journal');
    expect(slugify('Nicolás Maduro')).toBe('nicolas-maduro');
    expect(nodeKey('outlet', 'The Miami Herald')).toBe('outlet:miami-herald');
    expect(slugify('   ')).toBe('unnamed');
  });
});

describe('mergeGraphs', () => {
  it('unites aliases and evidence of the same entity and edge', () => {
    const a = articleGraph('a1', 'Hello world', 'The Wall Street Journal', 'WSJ');
    const b = articleGraph('a1', 'Hello world', 'Wall Street Journal', 'The Journal');
    b.updateEdgeAttribute('cites|article:a1|document:memos', 'evidence', () => [
      { article: 'article:a1', start: 6, end: 11 },
    ]);
    mergeGraphs(a, b);
    const outlet = a.getNodeAttributes('outlet:wall-street-journal');
    expect(outlet.label).toBe('The Wall Street Journal');
    expect(outlet.aliases).toEqual(['The Journal', 'WSJ', 'Wall Street Journal']);
    expect(a.getEdgeAttribute('cites|article:a1|document:memos', 'evidence')).toEqual([
      { article: 'article:a1', start: 0, end: 5 },
      { article: 'article:a1', start: 6, end: 11 },
    ]);
    expect(a.order).toBe(3);
    expect(a.size).toBe(2);
  });

  it('is idempotent', () => {
    const a = articleGraph('a1', 'Hello world', 'The Washington Post', 'the Post');
    const b = articleGraph('a2', 'Other text', 'The Washington Post', 'WaPo');
    mergeGraphs(a, b);
    const once = JSON.stringify(serializeGraph(a));
    mergeGraphs(a, b);
    mergeGraphs(a, a.copy());
    expect(JSON.stringify(serializeGraph(a))).toBe(once);
  });

  it('keeps the best confidence when the same edge is attested twice', () => {
    const g = createGraph();
    upsertNode(g, 'person:x', { kind: 'person', label: 'X', aliases: [], anonymous: false });
    upsertNode(g, 'claim:c', { kind: 'claim', label: 'c', aliases: [], text: 'c' });
    upsertEdge(g, { kind: 'asserts', source: 'person:x', target: 'claim:c', confidence: 0.4 });
    upsertEdge(g, { kind: 'asserts', source: 'person:x', target: 'claim:c', confidence: 0.9 });
    upsertEdge(g, { kind: 'asserts', source: 'person:x', target: 'claim:c', confidence: 0.2 });
    expect(g.getEdgeAttribute('asserts|person:x|claim:c', 'confidence')).toBe(0.9);
  });

  // Shrunk counterexample of the graph-json property test (FUZZ_SEED=-708532489 FUZZ_RUNS=2000): an article
  // key the workspace holds with another text used to merge in under that key, keeping the workspace's
  // 62-character text while the incoming evidence ran to offset 63.
  it('brings in an article whose key the target holds with another text under a free key', () => {
    const suffix = ' The ministry said so. Officials told reporters, "no comment."';
    const article = (text: string) => ({
      kind: 'article' as const,
      label: ']]>',
      aliases: [],
      title: '',
      outlet: '',
      text,
    });
    const workspace = createGraph();
    upsertNode(workspace, 'article:]]>', article(suffix));
    const incoming = createGraph();
    upsertNode(incoming, 'article:]]>', article('&' + suffix));
    upsertNode(incoming, 'document:memo', { kind: 'document', label: 'memo', aliases: [], description: 'memo' });
    const evidence = [{ article: 'article:]]>', start: 48, end: 63 }];
    upsertEdge(incoming, { kind: 'publishes', source: 'article:]]>', target: 'article:]]>', evidence });
    upsertEdge(incoming, { kind: 'cites', source: 'document:memo', target: 'document:memo', evidence });

    mergeGraphs(workspace, incoming);
    expect(workspace.getNodeAttributes('article:]]>')).toMatchObject({ text: suffix });
    expect(workspace.getNodeAttributes('article:]]>-2')).toMatchObject({ text: '&' + suffix });
    const moved = [{ article: 'article:]]>-2', start: 48, end: 63 }];
    expect(workspace.getEdgeAttribute('publishes|article:]]>-2|article:]]>-2', 'evidence')).toEqual(moved);
    // An edge between other nodes keeps its key; only its evidence follows the article.
    expect(workspace.getEdgeAttribute('cites|document:memo|document:memo', 'evidence')).toEqual(moved);
    expect(workspace.hasEdge('publishes|article:]]>|article:]]>')).toBe(false);
    expect(() => deserializeGraph(JSON.parse(JSON.stringify(serializeGraph(workspace))))).not.toThrow();

    // Merging again finds the article under the key it was given, instead of adding `-3`.
    const once = JSON.stringify(serializeGraph(workspace));
    mergeGraphs(workspace, incoming);
    expect(JSON.stringify(serializeGraph(workspace))).toBe(once);
  });

  it('renames an incoming article whose key the target holds as another kind', () => {
    const workspace = createGraph();
    upsertNode(workspace, 'article:a', { kind: 'claim', label: 'a', aliases: [], text: 'a' });
    const incoming = createGraph();
    upsertNode(incoming, 'article:a', { kind: 'article', label: 'a', aliases: [], title: 'a', outlet: '', text: 'a' });
    mergeGraphs(workspace, incoming);
    expect(workspace.getNodeAttribute('article:a', 'kind')).toBe('claim');
    expect(workspace.getNodeAttribute('article:a-2', 'kind')).toBe('article');
  });
});

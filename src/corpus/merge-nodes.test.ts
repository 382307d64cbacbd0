import { describe, expect, it } from 'vitest';
import { createGraph, upsertEdge, upsertNode } from '../model';
import { mergeNodesInto } from './merge-nodes';

function graphWithOutlets() {
  const graph = createGraph();
  for (const [key, label] of [
    ['outlet:wsj', 'WSJ'],
    ['outlet:journal', 'the Journal'],
    ['outlet:wall-street-journal', 'The Wall Street Journal'],
  ]) {
    upsertNode(graph, key!, { kind: 'outlet', label: label!, aliases: [] });
  }
  upsertNode(graph, 'article:a', {
    kind: 'article',
    label: 'a',
    aliases: [],
    title: 'a',
    outlet: 'outlet:wsj',
    text: 'The Journal said so.',
  });
  upsertEdge(graph, { kind: 'publishes', source: 'outlet:wsj', target: 'article:a', evidence: [] });
  const ev = (start: number) => [{ article: 'article:a', start, end: start + 4 }];
  upsertEdge(graph, {
    kind: 'cites',
    source: 'article:a',
    target: 'outlet:journal',
    evidence: ev(0),
    cue: 'said',
    confidence: 0.5,
  });
  upsertEdge(graph, {
    kind: 'cites',
    source: 'article:a',
    target: 'outlet:wall-street-journal',
    evidence: ev(4),
    confidence: 0.8,
  });
  upsertEdge(graph, { kind: 'cites', source: 'outlet:wsj', target: 'outlet:journal', evidence: ev(8) });
  graph.setEdgeAttribute('cites|article:a|outlet:journal', 'href', 'https://www.wsj.com/x');
  return graph;
}

describe('mergeNodesInto', () => {
  it('re-points edges once, uniting evidence and keeping cue, best confidence and href', () => {
    const graph = graphWithOutlets();
    mergeNodesInto(graph, ['outlet:wsj', 'outlet:journal'], 'outlet:wall-street-journal');
    expect(graph.nodes().sort()).toEqual(['article:a', 'outlet:wall-street-journal']);
    expect(graph.getNodeAttribute('outlet:wall-street-journal', 'aliases')).toEqual(['WSJ', 'the Journal']);
    const cites = graph.getEdgeAttributes('cites|article:a|outlet:wall-street-journal');
    expect(cites.evidence.map((e) => e.start)).toEqual([0, 4]);
    expect(cites).toMatchObject({ cue: 'said', confidence: 0.8, href: 'https://www.wsj.com/x' });
  });

  it('drops edges that would loop and follows the rename in articles', () => {
    const graph = graphWithOutlets();
    mergeNodesInto(graph, ['outlet:wsj', 'outlet:journal'], 'outlet:wall-street-journal');
    expect(graph.hasEdge('cites|outlet:wall-street-journal|outlet:wall-street-journal')).toBe(false);
    expect(graph.getNodeAttributes('article:a')).toMatchObject({ outlet: 'outlet:wall-street-journal' });
    expect(graph.hasEdge('publishes|outlet:wall-street-journal|article:a')).toBe(true);
  });

  it('ignores missing nodes and the target itself', () => {
    const graph = graphWithOutlets();
    const before = graph.export();
    mergeNodesInto(graph, ['outlet:nope', 'outlet:wsj'].slice(0, 1), 'outlet:wsj');
    mergeNodesInto(graph, ['outlet:wsj'], 'outlet:wsj');
    expect(graph.export()).toEqual(before);
  });
});

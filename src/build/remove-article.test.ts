import { describe, expect, it } from 'vitest';
import { buildCorpusGraph } from './corpus-graph';
import { removeArticle } from './remove-article';

const A = {
  id: 'a',
  outlet: 'Reuters',
  text: 'Tomas Reyes said the harbour review would end in July. Ines Carvalho told Reuters that the deal was fair.',
};
const B = {
  id: 'b',
  outlet: 'The Guardian',
  text: 'Tomas Reyes said the harbour review would end in July, the Guardian understands.',
};

describe('removeArticle', () => {
  it('removes the article, its evidence and every element left without evidence', () => {
    const { graph } = buildCorpusGraph([A, B]);
    expect(graph.hasNode('person:ines-carvalho')).toBe(true);
    const removed = removeArticle(graph, 'article:a');
    expect(removed).toEqual(expect.arrayContaining(['article:a', 'person:ines-carvalho', 'outlet:reuters']));
    expect(graph.hasNode('person:ines-carvalho')).toBe(false);
    expect(graph.hasNode('person:tomas-reyes')).toBe(true);
    graph.forEachEdge((_e, attrs) => {
      expect(attrs.evidence.every((ev) => ev.article === 'article:b')).toBe(true);
      if (attrs.kind !== 'publishes' && attrs.kind !== 'mentions') expect(attrs.evidence.length).toBeGreaterThan(0);
    });
    graph.forEachNode((key, attrs) => {
      if (attrs.kind !== 'article') expect(graph.degree(key)).toBeGreaterThan(0);
    });
  });

  it('ignores unknown keys and non-article nodes', () => {
    const { graph } = buildCorpusGraph([A]);
    const order = graph.order;
    expect(removeArticle(graph, 'article:nope')).toEqual([]);
    expect(removeArticle(graph, 'outlet:reuters')).toEqual([]);
    expect(graph.order).toBe(order);
  });
});

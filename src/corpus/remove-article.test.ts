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

  it('drops the wording variants that only the removed article carried', () => {
    const C = { id: 'c', outlet: 'Reuters', text: 'Officials said the army had moved two brigades to the border.' };
    const D = {
      id: 'd',
      outlet: 'The Guardian',
      text: 'Officials said two brigades had been moved to the border by the army.',
    };
    const { graph } = buildCorpusGraph([C, D]);
    const claims = graph.filterNodes((_k, a) => a.kind === 'claim');
    expect(claims).toHaveLength(1);
    expect(graph.getNodeAttribute(claims[0]!, 'aliases')).toHaveLength(1);
    const copy = graph.copy();
    removeArticle(graph, 'article:d');
    expect(graph.getNodeAttribute(claims[0]!, 'aliases')).toEqual([]);
    expect(graph.hasNode(claims[0]!)).toBe(true);
    // Removing the article whose wording the claim carries promotes the surviving variant.
    removeArticle(copy, 'article:c');
    expect(copy.getNodeAttributes(claims[0]!)).toMatchObject({
      text: 'two brigades had been moved to the border by the army',
      aliases: [],
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

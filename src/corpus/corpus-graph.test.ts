import { describe, expect, it } from 'vitest';
import type { SourcetraceGraph } from '../model';
import { addArticles, buildCorpusGraph } from './corpus-graph';

const WSJ = {
  id: 'wsj',
  outlet: 'The Wall Street Journal',
  publishedAt: '2025-06-09T10:00:00Z',
  text: 'The port authority of Calvera will review the harbour concession signed last spring, people familiar with the matter told The Wall Street Journal.',
};
const POST = {
  id: 'post',
  outlet: 'The Washington Post',
  publishedAt: '2025-06-10T10:00:00Z',
  text: 'The Journal reported on Monday that the port authority of Calvera would review the harbour concession signed last spring. Tomas Reyes, a spokesman for the authority, said the review was routine.',
};
const AGGREGATOR = {
  id: 'agg',
  outlet: 'Newser',
  text: 'The Wall Street Journal reported that the Calvera port authority will review the harbour concession signed last spring. Reyes said the review was routine.',
};

function expectEvidenceInText(graph: SourcetraceGraph) {
  graph.forEachEdge((_key, attrs) => {
    for (const ev of attrs.evidence) {
      const article = graph.getNodeAttributes(ev.article);
      expect(article.kind === 'article' && ev.end <= article.text.length && ev.start < ev.end).toBe(true);
    }
  });
}

describe('buildCorpusGraph', () => {
  const { graph, report } = buildCorpusGraph([WSJ, POST, AGGREGATOR]);

  it('merges an outlet across articles by alias ("The Journal" → The Wall Street Journal)', () => {
    expect(report.added).toEqual(['article:wsj', 'article:post', 'article:agg']);
    expect(graph.filterNodes((_k, a) => a.kind === 'outlet').sort()).toEqual([
      'outlet:newser',
      'outlet:wall-street-journal',
      'outlet:washington-post',
    ]);
    expect(graph.inNeighbors('outlet:wall-street-journal')).toEqual(
      expect.arrayContaining(['article:post', 'article:agg']),
    );
  });

  it('clusters one claim reported by three outlets into one node with its variants', () => {
    const claims = graph.filterNodes((_k, a) => a.kind === 'claim' && a.text.includes('harbour concession'));
    expect(claims).toHaveLength(1);
    const claim = graph.getNodeAttributes(claims[0]!);
    expect(claim.aliases).toHaveLength(2);
    const reporters = graph.filterInNeighbors(claims[0]!, (_k, a) => a.kind === 'article');
    expect(reporters.sort()).toEqual(['article:agg', 'article:post', 'article:wsj']);
  });

  it('merges a surname with the full name met in another article, keeping evidence inside each text', () => {
    expect(graph.hasNode('person:reyes')).toBe(false);
    expect(graph.inNeighbors('person:tomas-reyes').sort()).toEqual(['article:agg', 'article:post']);
    expectEvidenceInText(graph);
  });

  it('is idempotent for an article loaded twice and renames a different text under a taken id', () => {
    const again = addArticles(graph, [WSJ, { ...WSJ, text: 'Officials said the review would take a year.' }]);
    expect(again.duplicates).toBe(1);
    expect(again.renamed).toBe(1);
    expect(again.added).toEqual([expect.stringMatching(/^article:wsj~/)]);
    expect(graph.getNodeAttributes('article:wsj')).toMatchObject({ text: WSJ.text });
    expectEvidenceInText(graph);
  });
});

describe('link citations', () => {
  it('turns a body link to another outlet into a cites edge carrying the href', () => {
    const text = 'The review follows a report by The Washington Post on unusual payments.';
    const start = text.indexOf('The Washington Post');
    const link = {
      href: 'https://www.washingtonpost.com/world/x/',
      text: 'The Washington Post',
      start,
      end: start + 19,
    };
    const own = { href: 'https://www.reuters.com/other', text: 'report', start: 22, end: 28 };
    const { graph, report } = buildCorpusGraph([{ id: 'r', outlet: 'Reuters', text, links: [link, own] }]);
    expect(report.linkCites).toBe(1);
    const edge = graph.getEdgeAttributes('cites|article:r|outlet:washington-post');
    expect(edge.href).toBe(link.href);
    expect(edge.evidence).toContainEqual({ article: 'article:r', start, end: start + 19 });
  });
});

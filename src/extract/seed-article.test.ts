import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { NodeAttributes } from '../model';
import { EVIDENCED_EDGE_KINDS } from '../model';
import { extractArticle } from '../corpus';

// The seed story from the shared corpus, read from disk: every attribution pattern of issue 3 in one article.
const seedPath = fileURLToPath(new URL('../../../shared/corpus/seed-article.txt', import.meta.url));
const text = readFileSync(seedPath, 'utf8');
const { graph, attributions, articleKey } = extractArticle({ text, id: 'seed' });

const node = (key: string): NodeAttributes => {
  expect(graph.hasNode(key), `node ${key}`).toBe(true);
  return graph.getNodeAttributes(key);
};
const edge = (kind: string, from: string, to: string) => {
  const key = `${kind}|${from}|${to}`;
  expect(graph.hasEdge(key), `edge ${key}`).toBe(true);
  return graph.getEdgeAttributes(key);
};

describe('extractArticle on the seed article', () => {
  it('finds the four outlets with their aliases merged, and the publisher', () => {
    expect(node('outlet:washington-post').label).toBe('The Washington Post');
    expect(node('outlet:miami-herald').aliases).toEqual(expect.arrayContaining(['the Herald', 'the Miami Herald']));
    expect(node('outlet:wall-street-journal').aliases).toContain('The Journal');
    expect(node('outlet:gateway-pundit').kind).toBe('outlet');
    edge('publishes', 'outlet:gateway-pundit', articleKey);
    for (const outlet of ['washington-post', 'miami-herald', 'wall-street-journal'])
      edge('cites', articleKey, `outlet:${outlet}`);
  });

  it('finds the people, with Anna Kelly affiliated with the White House', () => {
    for (const person of ['nicolas-maduro', 'donald-trump', 'vladimir-putin', 'xi-jinping', 'anna-kelly']) {
      expect(node(`person:${person}`).kind).toBe('person');
    }
    expect(node('person:nicolas-maduro').aliases).toContain('Maduro');
    expect(node('person:anna-kelly')).toMatchObject({ anonymous: false, role: 'spokeswoman' });
    edge('affiliated', 'person:anna-kelly', 'organization:white-house');
  });

  it('reads the chain article → Post → memos, and the letters authored by Maduro', () => {
    const memos = 'document:washington-post-official-u-s-memos';
    expect(node(memos).kind).toBe('document');
    edge('cites', articleKey, 'outlet:washington-post');
    expect(edge('cites', 'outlet:washington-post', memos).cue).toBe('According to');
    expect(graph.hasEdge(`cites|${articleKey}|${memos}`)).toBe(false);
    edge('authored', 'person:nicolas-maduro', 'document:letter-to-vladimir-putin');
    edge('authored', 'person:nicolas-maduro', 'document:letter-to-xi-jinping');
    const documents = attributions.find((a) => a.source?.text === 'the documents');
    expect(documents?.source?.key).toBe(memos);
  });

  it('keeps anonymous sources under the outlet that cites them', () => {
    const herald = 'person:miami-herald-sources-with-knowledge-of-the-situation';
    expect(node(herald)).toMatchObject({ anonymous: true, role: 'sources with knowledge of the situation' });
    edge('cites', 'outlet:miami-herald', herald);
    edge('cites', 'outlet:miami-herald', 'person:miami-herald-u-s-officials');
    edge('cites', 'outlet:wall-street-journal', 'person:wall-street-journal-officials');
    expect(node('person:wall-street-journal-officials')).toMatchObject({ anonymous: true });
  });

  it('finds the dispute, and both papers reporting the strike plans', () => {
    const dispute = edge('disputes', 'organization:white-house', 'outlet:miami-herald');
    expect(dispute.cue).toBe('played down');
    edge('disputes', 'person:anna-kelly', 'outlet:miami-herald');
    const both = attributions.filter(
      (a) => a.cue.text === 'reported' && a.content.text.startsWith('Trump was planning'),
    );
    expect(both.map((a) => a.source?.key).sort()).toEqual(['outlet:miami-herald', 'outlet:wall-street-journal']);
    const kelly = attributions.find((a) => a.source?.key === 'person:anna-kelly');
    expect(kelly).toMatchObject({ type: 'direct', cue: { text: 'insisting' } });
  });

  it('gives every evidenced edge evidence that slices the article text exactly', () => {
    let checked = 0;
    graph.forEachEdge((key, attrs) => {
      if (!EVIDENCED_EDGE_KINDS.includes(attrs.kind)) return;
      expect(attrs.evidence.length, key).toBeGreaterThan(0);
      const sentences = attrs.evidence.map((ev) => {
        expect(ev.article).toBe(articleKey);
        expect(ev.start).toBeGreaterThanOrEqual(0);
        expect(ev.end).toBeLessThanOrEqual(text.length);
        const sentence = text.slice(ev.start, ev.end);
        expect(sentence.length, key).toBeGreaterThan(0);
        expect(sentence.trim(), key).toBe(sentence);
        checked++;
        return sentence;
      });
      // The edge keeps the cue of its first attribution; one of its sentences holds it.
      if (attrs.cue)
        expect(
          sentences.some((s) => s.includes(attrs.cue!)),
          key,
        ).toBe(true);
    });
    expect(checked).toBeGreaterThan(20);
    for (const a of attributions) {
      for (const span of [a.source!, a.cue, a.content]) expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
  });
});

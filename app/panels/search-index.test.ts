import { createGraph, upsertEdge, upsertNode } from '../../src/model';
import { sampleStory } from '../test-support/sample-story';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchNodes } from './search-index';

const index = buildSearchIndex(sampleStory());
const top = (q: string) => searchNodes(index, q)[0]?.item.key;

describe('searchNodes', () => {
  it('finds an outlet by its initials alias', () => {
    expect(top('wsj')).toBe('outlet:wall-street-journal');
    expect(searchNodes(index, 'wsj')[0]?.via).toBe('WSJ');
  });
  it('finds an outlet by a word of its name', () => {
    expect(top('Journal')).toBe('outlet:wall-street-journal');
  });
  it('finds a person by surname, case-insensitively and with a typo', () => {
    expect(top('kelly')).toBe('person:anna-kelly');
    expect(top('kely')).toBe('person:anna-kelly');
  });
  it('ranks an exact alias above a fuzzy substring', () => {
    const hits = searchNodes(index, 'the herald');
    expect(hits[0]?.item.key).toBe('outlet:miami-herald');
    expect(hits[0]?.exact).toBe(0);
  });
  it('finds an outlet by the first part of its domain', () => {
    const g = sampleStory();
    upsertNode(g, 'outlet:example-times', { kind: 'outlet', label: 'Example Times', aliases: [], domain: 'exti.com' });
    const hit = searchNodes(buildSearchIndex(g), 'exti')[0];
    expect(hit?.item.key).toBe('outlet:example-times');
    expect(hit?.via).toBe('exti.com');
  });
  it('lists the most connected holder of a common surname first, among hundreds of namesakes', () => {
    const g = createGraph();
    const node = (key: string, label: string, aliases: string[], edges: number) => {
      upsertNode(g, key, { kind: 'person', label, aliases, anonymous: false });
      for (let i = 0; i < edges; i++) {
        const article = `article:${key.slice(7)}-${i}`;
        upsertNode(g, article, { kind: 'article', label: 'a', aliases: [], title: 'a', outlet: '', text: 'x' });
        upsertEdge(g, { kind: 'cites', source: article, target: key, evidence: [] });
      }
    };
    node('person:mara-rodham-quill', 'Mara Rodham Quill', ['Quill'], 40);
    node('person:ivo-quill', 'Ivo Quill', ['Quill'], 6);
    node('person:aides-to-quill', 'Aides to Quill', [], 1);
    for (let i = 0; i < 300; i++) node(`person:quill-${i}`, `Quill ${i}`, [], 0);
    const hits = searchNodes(buildSearchIndex(g), 'Quill', 3).map((h) => h.item.key);
    expect(hits).toEqual(['person:mara-rodham-quill', 'person:ivo-quill', 'person:aides-to-quill']);
  });
  it('returns nothing for blank or hopeless queries', () => {
    expect(searchNodes(index, '   ')).toEqual([]);
    expect(searchNodes(index, 'zzqxv')).toEqual([]);
  });
  it('respects the limit', () => {
    expect(searchNodes(index, 'a', 3).length).toBeLessThanOrEqual(3);
  });
});

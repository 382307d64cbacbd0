import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTLETS } from '../extract';
import { parseJsonl } from '../ingest';
import { syntheticArticles, syntheticJsonl } from './synthetic-articles';

describe('syntheticArticles', () => {
  const articles = [...syntheticArticles(40, { seed: 5 })];

  it('is deterministic for a seed and differs across seeds', () => {
    expect([...syntheticArticles(40, { seed: 5 })]).toEqual(articles);
    expect([...syntheticArticles(1, { seed: 6 })][0]?.text).not.toBe(articles[0]?.text);
  });

  it('writes ~4 KB articles from gazetteer outlets with ids, titles and mostly known dates', () => {
    const names = new Set(DEFAULT_OUTLETS.map((o) => o.name));
    for (const a of articles) {
      expect(a.text.length).toBeGreaterThanOrEqual(4000);
      expect(a.text.length).toBeLessThan(4800);
      expect(names.has(a.outlet!)).toBe(true);
    }
    expect(new Set(articles.map((a) => a.id)).size).toBe(40);
    expect(articles.filter((a) => a.publishedAt).length).toBeGreaterThan(30);
  });

  it('shares claims across outlets and cites other outlets, documents and anonymous sources', () => {
    const text = articles.map((a) => a.text).join('\n');
    expect(text).toMatch(/obtained by /);
    expect(text).toMatch(/people familiar with the matter|officials who asked not to be named|a senior official/i);
    const sentences = new Map<string, Set<string>>();
    for (const a of articles) {
      for (const s of a.text.split('\n\n')) sentences.set(s, (sentences.get(s) ?? new Set()).add(a.outlet!));
    }
    expect([...sentences.values()].some((outlets) => outlets.size >= 2)).toBe(true);
  });

  it('round-trips through our JSONL parser', () => {
    const parsed = parseJsonl(syntheticJsonl(40, { seed: 5 }), 'syn.jsonl');
    expect(parsed.problems).toEqual([]);
    expect(parsed.articles).toEqual(articles);
  });
});

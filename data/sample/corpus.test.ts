import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const articleSchema = z.strictObject({
  id: z.string().regex(/^sample-\d{2}-[a-z]+$/),
  title: z.string().min(1),
  outlet: z.string().min(1),
  url: z.url(),
  publishedAt: z.iso.datetime(),
  author: z.string().min(1),
  text: z.string().min(1),
});

const read = (relative: string): string => readFileSync(new URL(relative, import.meta.url), 'utf8');

const articles = read('./corpus.jsonl')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line, i) => {
    const parsed = articleSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`data/sample: line ${i + 1}: ${parsed.error.message}`);
    return parsed.data;
  });

const outlets = z.array(z.object({ name: z.string(), domain: z.string() })).parse(JSON.parse(read('../outlets.json')));

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every run of `n` consecutive words, to detect reused sentences. */
function shingles(text: string, n: number): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  return out;
}

describe('data/sample/corpus.jsonl', () => {
  it('holds 8 to 10 articles of 150 to 400 words with unique ids', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(articles.length).toBeLessThanOrEqual(10);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const a of articles) {
      expect(words(a.text).length, a.id).toBeGreaterThanOrEqual(150);
      expect(words(a.text).length, a.id).toBeLessThanOrEqual(400);
    }
  });

  it('is published by gazetteer outlets, on their own domains', () => {
    const domains = new Map(outlets.map((o) => [o.name, o.domain]));
    for (const a of articles) {
      const domain = domains.get(a.outlet);
      expect(domain, `${a.id}: outlet ${a.outlet}`).toBeDefined();
      const host = new URL(a.url).hostname.replace(/^www\./, '');
      expect(host === domain || host.endsWith(`.${domain ?? ''}`), `${a.id}: ${host}`).toBe(true);
    }
  });

  it('spreads over several days, in publication order', () => {
    const times = articles.map((a) => Date.parse(a.publishedAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    const days = new Set(articles.map((a) => a.publishedAt.slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(4);
  });

  it('cites outlets by full name and by short name', () => {
    const all = articles.map((a) => a.text).join('\n');
    for (const phrase of ['obtained by Reuters', 'told The New York Times', 'The Times reported:', 'The Journal said'])
      expect(all).toContain(phrase);
  });

  it('shares no sentence with the seed article', () => {
    const seed = shingles(read('../../../shared/corpus/seed-article.txt'), 6);
    const reused = articles.flatMap((a) => [...shingles(a.text, 6)].filter((s) => seed.has(s)));
    expect(reused).toEqual([]);
  });
});

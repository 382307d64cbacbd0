import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONSTRUCTIONS } from '../../src/eval/chain-manifest';
import { readChainSet } from '../../src/eval/chain-set-files';
import { setFiles } from '../../src/eval/gold-set-files';

const dir = fileURLToPath(new URL('./chains', import.meta.url));
const set = await readChainSet(dir);
const claims = set.articles.flatMap((a) => a.claims.map((c) => ({ a, c })));
const read = (relative: string): string => readFileSync(new URL(relative, import.meta.url), 'utf8');
const occurrences = (text: string, fragment: string): number =>
  text.toLowerCase().split(fragment.toLowerCase()).length - 1;

/** Runs of `n` consecutive words, to detect a reused sentence. */
function shingles(text: string, n: number): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' ')));
}

describe('data/eval/chains', () => {
  it('holds 15 to 20 articles of 2 to 4 expected claims each, listed once', () => {
    expect(set.articles.length).toBeGreaterThanOrEqual(15);
    expect(set.articles.length).toBeLessThanOrEqual(20);
    expect(new Set(set.articles.map((a) => a.file)).size).toBe(set.articles.length);
    for (const a of set.articles) expect(a.claims.length, a.file).toBeGreaterThanOrEqual(2);
    for (const a of set.articles) expect(a.claims.length, a.file).toBeLessThanOrEqual(4);
  });

  it('names each claim by a fragment found once in its article and in no other', () => {
    for (const { a, c } of claims) {
      expect(occurrences(a.input.text, c.claim), `${a.file}: ${c.claim}`).toBe(1);
      for (const other of set.articles.filter((o) => o !== a))
        expect(occurrences(other.input.text, c.claim), `${other.file}: ${c.claim}`).toBe(0);
    }
  });

  it('tests every construction in several claims of several articles', () => {
    for (const construction of CONSTRUCTIONS) {
      const testing = claims.filter(({ c }) => c.tests.includes(construction));
      expect(testing.length, construction).toBeGreaterThanOrEqual(8);
      expect(new Set(testing.map(({ a }) => a.file)).size, construction).toBeGreaterThanOrEqual(5);
    }
  });

  it('starts every chain of an article at its publisher, from the metadata or else from the text', () => {
    for (const a of set.articles) {
      const publishers = new Set(a.claims.map((c) => c.outlets[0]));
      expect(publishers.size, a.file).toBe(1);
      if (a.input.outlet) expect([...publishers], a.file).toEqual([a.input.outlet]);
      // Without metadata only a dateline or credit line says who published it: every claim tests that.
      const fromText = !a.input.outlet && !a.input.url;
      for (const c of a.claims) expect(c.tests.includes('publisher-line'), `${a.file}: ${c.claim}`).toBe(fromText);
    }
  });

  it('keeps expectations consistent: disputed claims test stances, an outlet primary ends the outlets', () => {
    for (const { a, c } of claims) {
      const where = `${a.file}: ${c.claim}`;
      if (c.disputers.length) expect(c.tests, where).toContain('stance');
      if (c.primary.kind === 'outlet') expect(c.outlets[c.outlets.length - 1], where).toBe(c.primary.label);
      expect(new Set(c.tests).size, where).toBe(c.tests.length);
    }
  });

  it('is not scored as attribution gold: data/eval yields only its JSONL sets', async () => {
    const names = (await setFiles(fileURLToPath(new URL('.', import.meta.url)))).map((f) => f.name);
    expect(names).toEqual(['ours.jsonl']);
  });

  it('shares no sentence with the seed article, the sample corpus or the other evaluation sets', () => {
    const others = [
      read('../../../shared/corpus/seed-article.txt'),
      read('../sample/corpus.jsonl'),
      read('../../../shared/eval/gum-news.jsonl'),
      read('./ours.jsonl'),
    ];
    const seen = new Set(others.flatMap((t) => [...shingles(t, 8)]));
    const reused = set.articles.flatMap((a) =>
      [...shingles(a.input.text, 8)].filter((s) => seen.has(s)).map((s) => `${a.file}: ${s}`),
    );
    expect(reused).toEqual([]);
  });
});

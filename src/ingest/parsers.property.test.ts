import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articlesJsonArb, jsonlArb } from '../test-support/hostile-json';
import { fileBytesArb, fileNameArb } from '../test-support/hostile-files';
import { feedArb, htmlPageArb } from '../test-support/hostile-markup';
import { hostileTextArb } from '../test-support/hostile-text';
import { checkIngestResult } from '../test-support/check-ingest-result';
import { fuzzRuns, propertyTimeout, withinBudget } from '../test-support/fuzz-budget';
import { decodeText, ingestFile, parseFeed, parseHtml, parseJson, parseJsonl, parseText } from './index';
import { linkedomParsers } from './linkedom-parsers';

// Hostile input for every ingest parser: none may throw (they report problems instead), each finishes
// within a generous budget, and what they return is well-formed. FUZZ_RUNS scales the run counts.
const RUNS = fuzzRuns(30);
const timeout = propertyTimeout(RUNS);
describe('ingest parsers on hostile input', () => {
  it('decodeText never throws and only lets through non-blank text', () => {
    fc.assert(
      fc.property(fileBytesArb, (bytes) => {
        const out = withinBudget('decodeText', bytes, () => decodeText(bytes));
        if (out.ok) expect(out.text.trim()).not.toBe('');
        else expect(out.reason).toMatch(/\S/);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('ingestFile never throws, whatever the name and bytes', { timeout }, () => {
    fc.assert(
      fc.property(fileNameArb, fileBytesArb, (name, bytes) => {
        const result = withinBudget(`ingestFile ${name}`, bytes, () =>
          ingestFile(name, bytes, { parsers: linkedomParsers }),
        );
        checkIngestResult(result, name, new TextDecoder().decode(bytes));
        // A whole file that yields nothing must say why.
        if (!result.articles.length && !result.graphs.length) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('parseText keeps the text, with line endings normalised', () => {
    fc.assert(
      fc.property(hostileTextArb(), (text) => {
        const result = withinBudget('parseText', text, () => parseText(text, 'a.txt'));
        checkIngestResult(result, 'a.txt', text);
        if (result.articles[0]) expect(result.articles[0].text).toBe(text.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: RUNS },
    );
  });

  it('parseJson and parseJsonl report bad records one by one and never throw', { timeout }, () => {
    fc.assert(
      fc.property(fc.oneof(articlesJsonArb, jsonlArb), (text) => {
        checkIngestResult(
          withinBudget('parseJson', text, () => parseJson(text, 'a.json')),
          'a.json',
          text,
        );
        checkIngestResult(
          withinBudget('parseJsonl', text, () => parseJsonl(text, 'a.jsonl')),
          'a.jsonl',
          text,
        );
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('parseHtml reads hostile pages (deep nesting, many attributes, stray tags) without throwing', { timeout }, () => {
    fc.assert(
      fc.property(htmlPageArb, (html) => {
        const result = withinBudget('parseHtml', html, () => parseHtml(html, 'a.html', linkedomParsers.parseHtml));
        checkIngestResult(result, 'a.html', html);
      }),
      { numRuns: RUNS },
    );
  });

  it(
    'parseFeed reads hostile RSS and Atom (entity declarations are never expanded) without throwing',
    { timeout },
    () => {
      fc.assert(
        fc.property(feedArb, (xml) => {
          const result = withinBudget('parseFeed', xml, () => parseFeed(xml, 'a.rss', linkedomParsers));
          checkIngestResult(result, 'a.rss', xml);
        }),
        { numRuns: RUNS },
      );
    },
  );

  // Known finding (issue 10): the nesting guard counts stray close tags, so this 80,000-deep page passes
  // it and linkedom spends 12–25 s on it (quadratic in depth: 40,000 took 3–10 s, 60,000 4.6 s idle). Passes once the guard ignores stray closes.
  it('refuses or reads a page nested 80,000 deep behind stray close tags within the budget', { timeout }, () => {
    const html = '<div></i>'.repeat(80_000) + 'text';
    const result = withinBudget('parseHtml stray-close nesting', html, () =>
      parseHtml(html, 'a.html', linkedomParsers.parseHtml),
    );
    checkIngestResult(result, 'a.html', html);
  });

  // New finding: parseFeed hands an item's (escaped) HTML body or an Atom type="html" title to parseHtml
  // outside any try, so the nesting guard's Error escapes parseFeed and ingestFile.
  const escaped = (html: string) => html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  it.each([
    [
      'RSS item body',
      `<rss><channel><item><description>${escaped('<div>'.repeat(2_500) + 'x'.repeat(400))}</description></item></channel></rss>`,
    ],
    [
      'Atom html title',
      `<feed><entry><title type="html">${escaped('<b>'.repeat(2_500))}</title><content type="text">x</content></entry></feed>`,
    ],
  ])('reports, not throws, a feed whose %s nests 2,500 deep', (_where, xml) => {
    const bytes = new TextEncoder().encode(xml);
    const result = withinBudget('ingestFile deep feed item', xml, () =>
      ingestFile('a.rss', bytes, { parsers: linkedomParsers }),
    );
    checkIngestResult(result, 'a.rss', xml);
  });

  // Known finding (issue 10): javascript: URLs are kept as links and article URLs.
  it('keeps no javascript: URL from a page or a feed', () => {
    const js = 'javascript:alert(1)';
    const page = `<html><head><link rel="canonical" href="${js}"><meta property="og:url" content="${js}"></head><body><article><p>The Post said the talks had failed, according to officials. <a href="${js}">more</a> <a href=" JavaScript:alert(2)">again</a></p></article></body></html>`;
    const feed = `<rss><channel><item><link>${js}</link><description>${escaped(`<p>${'The Post said the talks had failed. '.repeat(10)}<a href="${js}">x</a></p>`)}</description></item></channel></rss>`;
    const articles = [
      ...parseHtml(page, 'a.html', linkedomParsers.parseHtml).articles,
      ...parseFeed(feed, 'a.rss', linkedomParsers).articles,
    ];
    expect(articles.length).toBe(2);
    for (const a of articles) {
      expect(a.url ?? '').not.toMatch(/^\s*javascript:/i);
      for (const link of a.links ?? []) expect(link.href).not.toMatch(/^\s*javascript:/i);
    }
  });
});

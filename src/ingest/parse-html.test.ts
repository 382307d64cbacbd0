import { describe, expect, it } from 'vitest';
import { linkedomParsers } from './linkedom-parsers';
import { fixtureText } from './fixtures.test-helper';
import { parseHtml } from './parse-html';

const parse = (html: string, file = 'p.html') => parseHtml(html, file, linkedomParsers.parseHtml);

describe('parseHtml', () => {
  const result = parse(fixtureText('saved-page.html'), 'saved-page.html');
  const article = result.articles[0]!;

  it('prefers JSON-LD NewsArticle metadata and the canonical URL', () => {
    expect(result.problems).toEqual([]);
    expect(article).toMatchObject({
      outlet: 'The Coastal Ledger',
      title: 'Port authority reviews the Calvera harbour deal',
      author: 'Lena Ortiz',
      publishedAt: '2025-06-10T08:30:00.000Z',
      url: 'https://www.coastalledger.example/news/2025/06/harbour-deal-review',
    });
  });

  it('keeps the article body and drops navigation, footer and scripts', () => {
    expect(article.text).toContain('opened a review of the harbour concession');
    expect(article.text).toContain('said the review was "routine and expected"');
    expect(article.text).not.toMatch(/Home|Privacy|tracking/);
    expect(article.text.split('\n\n').length).toBeGreaterThanOrEqual(4);
  });

  it('keeps escaped markup as plain text', () => {
    expect(article.text).toContain('<script>alert("x")</script> stays as words');
  });

  it('keeps body links with offsets that slice the text, resolving relative ones', () => {
    const links = article.links ?? [];
    expect(links.map((l) => l.href)).toEqual([
      'https://www.washingtonpost.com/world/2025/06/09/calvera-harbour/',
      'https://www.reuters.com/world/calvera-port-2025-06-08/',
      'https://www.coastalledger.example/news/2025/05/harbour-tender',
    ]);
    for (const link of links) expect(article.text.slice(link.start, link.end)).toBe(link.text);
    expect(links[0]?.text).toBe('The Washington Post');
  });

  it('falls back to Open Graph and meta tags', () => {
    const og = parse(fixtureText('og-only.html')).articles[0];
    expect(og).toMatchObject({
      outlet: 'Riverside Courier',
      title: 'Council delays vote on bridge',
      url: 'https://riverside-courier.example/bridge-vote',
      publishedAt: '2025-06-11T00:00:00.000Z',
    });
    expect(og?.text).toMatch(/^The city council postponed/);
  });

  it('refuses a page without article text, naming the reason', () => {
    expect(parse(fixtureText('no-text.html'), 'no-text.html').problems).toEqual([
      { file: 'no-text.html', message: 'ingest/html: no article text found in the page' },
    ]);
  });

  it('reads a bare fragment and survives broken JSON-LD and deep nesting', () => {
    const broken = '<script type="application/ld+json">{oops</script><p>The agency said it would appeal.</p>';
    expect(parse(broken).articles[0]?.text).toBe('The agency said it would appeal.');
    const deep = (n: number) => '<div>'.repeat(n) + 'Deep text said nothing.' + '</div>'.repeat(n);
    expect(parse(deep(1500)).articles[0]?.text).toBe('Deep text said nothing.');
    expect(parse(deep(100_000)).problems[0]?.message).toBe(
      'ingest/html: the page could not be parsed (elements nested 100000 deep; the limit is 2000)',
    );
  });
});

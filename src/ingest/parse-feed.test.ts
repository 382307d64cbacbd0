import { describe, expect, it } from 'vitest';
import { linkedomParsers } from './linkedom-parsers';
import { fixtureText } from './fixtures.test-helper';
import { parseFeed } from './parse-feed';

describe('parseFeed', () => {
  it('turns every RSS item with content into an article, marking the short ones as summaries', () => {
    const result = parseFeed(fixtureText('feed.rss'), 'feed.rss', linkedomParsers);
    expect(result.articles.map((a) => a.title)).toEqual([
      'Harbour review widens',
      'Ferry timetable changes',
      'Fishing quota talks resume',
    ]);
    expect(result.articles[0]).toMatchObject({
      outlet: 'Coastal Ledger',
      author: 'Lena Ortiz',
      publishedAt: '2025-06-11T09:15:00.000Z',
      url: 'https://www.coastalledger.example/news/harbour-review-widens',
    });
    expect(result.articles.map((a) => a.summary)).toEqual([undefined, true, undefined]);
    expect(result.articles[1]).toMatchObject({
      text: 'Summer timetable starts next week. Read more on our site.',
      outlet: 'Coastal Ledger',
      url: 'https://www.coastalledger.example/news/ferry',
      publishedAt: '2025-06-11T11:00:00.000Z',
    });
    expect(result.articles[2]?.publishedAt).toBeUndefined(); // "not a date" is dropped, never guessed
    expect(result.problems).toEqual([]);
  });

  it('marks an item as a summary by the length of its text, at the threshold given', () => {
    const xml = (text: string) =>
      `<rss><channel><title>O</title><item><description>${text}</description></item></channel></rss>`;
    const at = (text: string, min: number) => parseFeed(xml(text), 'f.rss', linkedomParsers, min).articles[0];
    expect(at('x'.repeat(20), 20)?.summary).toBeUndefined();
    expect(at('x'.repeat(19), 20)?.summary).toBe(true);
    expect(parseFeed(xml('x'.repeat(299)), 'f.rss', linkedomParsers).articles[0]?.summary).toBe(true);
  });

  it('reports an item without any content, naming the file and the item, and keeps the others', () => {
    const xml =
      '<rss><channel><title>O</title><item><title>Empty one</title><description>  </description></item>' +
      '<item><title>Short one</title><description>A teaser.</description></item></channel></rss>';
    const result = parseFeed(xml, 'news.rss', linkedomParsers);
    expect(result.articles.map((a) => [a.title, a.summary])).toEqual([['Short one', true]]);
    expect(result.problems).toEqual([{ file: 'news.rss', message: 'ingest/feed: item 1 ("Empty one"): no content' }]);
  });

  it('keeps links inside item content in text coordinates', () => {
    const article = parseFeed(fixtureText('feed.rss'), 'feed.rss', linkedomParsers).articles[0]!;
    const link = article.links?.[0];
    expect(link?.href).toBe('https://www.reuters.com/world/calvera-audit/');
    expect(article.text.slice(link!.start, link!.end)).toBe('Reuters');
  });

  it('reads Atom entries with HTML and XHTML content', () => {
    const result = parseFeed(fixtureText('feed.atom'), 'feed.atom', linkedomParsers);
    expect(result.problems).toEqual([]);
    expect(result.articles.map((a) => a.title)).toEqual(['Bridge survey & the council', 'Inline XHTML entry']);
    expect(result.articles[0]).toMatchObject({ author: 'Ada Brandt', publishedAt: '2025-06-12T07:45:00.000Z' });
    expect(result.articles[1]?.text.split('\n\n')).toHaveLength(2);
    expect(result.articles[0]?.links?.[0]?.text).toBe('The BBC reported');
  });

  it('refuses XML that is not a feed', () => {
    expect(parseFeed(fixtureText('not-a-feed.xml'), 'n.xml', linkedomParsers).problems[0]?.message).toBe(
      'ingest/feed: not an RSS or Atom feed (no <rss> or <feed> root)',
    );
  });

  it('skips an item nested too deep to parse, with a message, and keeps the rest of the feed', () => {
    const good = 'The council said the harbour review would widen. '.repeat(10);
    const deep = '&lt;div&gt;'.repeat(3000) + 'x';
    const xml =
      `<rss><channel><title>Outlet</title><item><title>Hostile</title><description>${deep}</description></item>` +
      `<item><title>Fine</title><description>${good}</description></item></channel></rss>`;
    const result = parseFeed(xml, 'feed.rss', linkedomParsers);
    expect(result.articles.map((a) => a.title)).toEqual(['Fine']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.message).toMatch(/^ingest\/feed: item 1: elements nested \d+ deep; the limit is 2000$/);
  });
});

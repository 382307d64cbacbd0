import { describe, expect, it } from 'vitest';
import { linkedomParsers } from './linkedom-parsers';
import { parseFeed } from './parse-feed';
import { parseHtml } from './parse-html';
import { parseJson } from './parse-json';
import { parseJsonl } from './parse-jsonl';
import { safeHttpUrl } from './safe-url';

const HOSTILE = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'not a url',
];
const BODY = 'Officials said the bridge will close in May for repairs, the Harbor Times reported on Monday.';

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs, normalised, and drops every other scheme', () => {
    expect(safeHttpUrl(' https://News.example/a?b=1 ')).toBe('https://news.example/a?b=1');
    expect(safeHttpUrl('http://news.example')).toBe('http://news.example/');
    for (const url of HOSTILE) expect(safeHttpUrl(url), url).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });

  it('resolves relative links against an http(s) base only', () => {
    expect(safeHttpUrl('/b', 'https://news.example/a/')).toBe('https://news.example/b');
    expect(safeHttpUrl('javascript:alert(1)', 'https://news.example/')).toBeUndefined();
    expect(safeHttpUrl('/b', 'javascript:alert(1)')).toBeUndefined();
  });
});

describe('URLs entering through ingest', () => {
  it('JSON and JSONL records keep http(s) URLs only', () => {
    const lines = [...HOSTILE, 'https://news.example/ok'].map((url) => JSON.stringify({ url, text: BODY }));
    const urls = parseJsonl(lines.join('\n'), 'a.jsonl').articles.map((a) => a.url);
    expect(urls).toEqual([...HOSTILE.map(() => undefined), 'https://news.example/ok']);
    const json = parseJson(JSON.stringify([{ url: 'javascript:alert(1)', text: BODY }]), 'a.json');
    expect(json.articles).toHaveLength(1);
    expect(json.articles[0]?.url).toBeUndefined();
  });

  it('feed item links and body links keep http(s) URLs only', () => {
    const item = (link: string) =>
      `<item><title>T</title><link>${link}</link><description><![CDATA[<p>${BODY} ${BODY} ${BODY} ${BODY} ${BODY} <a href="javascript:alert(1)">Harbor Times</a> <a href="data:text/html,x">again</a></p>]]></description></item>`;
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Ledger</title>${item('javascript:alert(1)')}${item('vbscript:x')}</channel></rss>`;
    const result = parseFeed(rss, 'f.rss', linkedomParsers);
    expect(result.articles).toHaveLength(2);
    for (const article of result.articles) {
      expect(article.url).toBeUndefined();
      expect(article.links ?? []).toEqual([]);
    }
  });

  it('HTML canonical, og:url and JSON-LD URLs keep http(s) only', () => {
    const page = (head: string) =>
      `<!doctype html><html><head><title>T</title>${head}</head><body><article><p>${BODY}</p><p>${BODY}</p><p><a href="javascript:alert(1)">link</a> ${BODY}</p></article></body></html>`;
    for (const head of [
      '<link rel="canonical" href="javascript:alert(1)">',
      '<meta property="og:url" content="data:text/html,x">',
      '<script type="application/ld+json">{"@type":"NewsArticle","url":"vbscript:x"}</script>',
    ]) {
      const [article] = parseHtml(page(head), 'p.html', linkedomParsers.parseHtml).articles;
      expect(article?.url, head).toBeUndefined();
      expect(article?.links ?? [], head).toEqual([]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { adversarialStrings } from '../test-support/adversarial-strings';
import { decodeText } from './decode-text';
import { detectFormat } from './detect-format';
import { domText } from './dom-text';
import { readHtmlMetadata } from './html-metadata';
import { ingestFile } from './ingest-file';
import { estimateNesting, linkedomParsers } from './linkedom-parsers';
import { parseFeed } from './parse-feed';
import { parseHtml } from './parse-html';
import { parseJson } from './parse-json';
import { parseJsonl } from './parse-jsonl';
import { parseText } from './parse-text';

// Every ingest function that runs a regex over input text, on 50k-character runs of each separator class,
// as text and inside the markup or fields where it lands. Linear code takes milliseconds; a quadratic
// regex takes 10 s or more at this length, so the budget is generous and still catches one.
const STRINGS = adversarialStrings(50_000);
const encode = (s: string) => new TextEncoder().encode(s);
const page = (s: string) =>
  `<html><head><meta property="og:site_name" content="${s}"><meta name="author" content="by ${s}">` +
  `<script type="application/ld+json">{"@type":"${s}Article","headline":"${s}"}</script></head>` +
  `<body><article><p>${s}</p><a href="${s}">${s}</a></article></body></html>`;
const feed = (s: string) =>
  `<rss><channel><title>${s}</title><item><title>${s}</title><link>https://${s}</link>` +
  `<description><![CDATA[<p>${s}</p>]]></description></item></channel></rss>`;
const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// Budget per call: 2 s for string code; 30 s where a DOM is built and Readability runs, whose fixed cost
// is seconds a page and grows linearly (50k NBSP in one <p>: 3.8 s, 200k: 6 s; 4× that at load 16).
const STRING_FUNCTIONS: Record<string, (s: string) => unknown> = {
  decodeText: (s) => decodeText(encode(s)),
  detectFormat: (s) => [detectFormat('a', s), detectFormat('a', `{"text":1}\n${s}{`), detectFormat('a', `<${s}`)],
  parseText: (s) => parseText(s, 'a.txt'),
  parseJson: (s) => parseJson(JSON.stringify({ text: s, title: s, url: s }), 'a.json'),
  parseJsonl: (s) => parseJsonl(`${JSON.stringify({ text: s })}\n${s}`, 'a.jsonl'),
  // Its HTML path is parseHtml's, below.
  ingestFile: (s) => ingestFile('a.txt', encode(s)),
  estimateNesting: (s) => [estimateNesting(s), estimateNesting(s, 'xml'), estimateNesting(page(s))],
};
const DOM_FUNCTIONS: Record<string, (s: string) => unknown> = {
  parseHtml: (s) => parseHtml(page(escape(s)), 'a.html', linkedomParsers.parseHtml),
  parseFeed: (s) => parseFeed(feed(escape(s)), 'a.xml', linkedomParsers),
  readHtmlMetadata: (s) => readHtmlMetadata(linkedomParsers.parseHtml(page(escape(s)))),
  domText: (s) => domText(linkedomParsers.parseHtml(`<p>${escape(s)}</p><div>${escape(s)}</div>`).body!),
};

describe('regex-bearing ingest functions on adversarial strings', { timeout: 600_000 }, () => {
  const cases = [
    ...Object.entries(STRING_FUNCTIONS).map(([name, fn]) => [name, fn, 2_000] as const),
    ...Object.entries(DOM_FUNCTIONS).map(([name, fn]) => [name, fn, 30_000] as const),
  ];
  for (const [name, fn, budget] of cases) {
    it(`${name} stays well within ${budget / 1000} s on each`, () => {
      for (const { text } of STRINGS) {
        const started = performance.now();
        fn(text);
        expect(performance.now() - started).toBeLessThan(budget);
      }
    });
  }
});

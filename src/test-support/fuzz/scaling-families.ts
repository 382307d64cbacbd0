import { DOMParser } from '@xmldom/xmldom';
import { readGexf, readGraphml, readJson } from '../../export';
import type { XmlParser } from '../../export';
import { extractArticle } from '../../corpus';
import { parseFeed, parseHtml, parseJson, parseJsonl, parseText } from '../../ingest';
import { linkedomParsers } from '../../ingest/linkedom-parsers';
import { readSnapshot } from '../../snapshot';
import { gexfDefaultsBomb, graphmlDefaultsBomb } from '../hostile-graph-xml';
import {
  accordingToRun,
  dashRun,
  quoteRun,
  saidRun,
  speakersBetweenBlanks,
  twoSpeakersBlankRun,
} from '../hostile-prose';

/**
 * Adversarial input families for the scaling probe: each makes an input of size `n` and feeds it to one
 * parser or the extractor. `known` names the issue-10 finding a family reproduces, if any.
 */
export interface ScalingFamily {
  name: string;
  /** Smallest size; the probe doubles from here. */
  start: number;
  make(n: number): string;
  run(input: string): unknown;
  known?: string;
}

// The XML parser the CLI gives the graph readers, made to throw on malformed input the same way.
function xmlParser(): XmlParser {
  const fail = (message: string) => {
    throw new Error(message);
  };
  return new DOMParser({
    errorHandler: { warning: () => undefined, error: fail, fatalError: fail },
  }) as unknown as XmlParser;
}
const xml = xmlParser();

const SENTENCE = 'The minister said on Tuesday that the plan would go ahead, according to officials. ';
const record = (i: number) => JSON.stringify({ id: `a${i}`, text: `${SENTENCE}${i}`, outlet: 'The Post' });
const rssItem = (i: number) =>
  `<item><title>t${i}</title><link>https://example.com/${i}</link><description>${SENTENCE.repeat(5)}</description></item>`;
const graphNodes = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    key: `person:p${i}`,
    attributes: { kind: 'person', label: `P ${i}`, aliases: [] },
  }));
const graphJson = (n: number) => JSON.stringify({ nodes: graphNodes(n), edges: [] });
const graphmlNodes = (n: number) =>
  `<graphml><key id="k" for="node" attr.name="kind"/><graph>${Array.from({ length: n }, (_, i) => `<node id="n${i}"><data key="k">person</data></node>`).join('')}</graph></graphml>`;
const gexfNodes = (n: number) =>
  `<gexf><graph><nodes>${Array.from({ length: n }, (_, i) => `<node id="n${i}" label="N ${i}"/>`).join('')}</nodes></graph></gexf>`;

const html = (input: string) => parseHtml(input, 'a.html', linkedomParsers.parseHtml);
const extract = (text: string) => extractArticle({ text });

export const SCALING_FAMILIES: readonly ScalingFamily[] = [
  {
    name: 'text: hostile unicode',
    start: 200_000,
    make: (n) => '\uD800\u0000\r\n\uFEFF“—'.repeat(n / 8),
    run: (s) => parseText(s, 'a.txt'),
  },
  {
    name: 'jsonl: n records, mixed breaks',
    start: 2_000,
    make: (n) => Array.from({ length: n }, (_, i) => record(i)).join('\r\n\n'),
    run: (s) => parseJsonl(s, 'a.jsonl'),
  },
  {
    name: 'json: array of n records',
    start: 4_000,
    make: (n) => `[${Array.from({ length: n }, (_, i) => record(i)).join(',')}]`,
    run: (s) => parseJson(s, 'a.json'),
  },
  {
    name: 'json: nested n deep',
    start: 40_000,
    make: (n) => `[{"text":"x","title":${'['.repeat(n)}${']'.repeat(n)}}]`,
    run: (s) => parseJson(s, 'a.json'),
  },
  {
    name: 'html: n paragraphs',
    start: 500,
    make: (n) => `<article>${`<p>${SENTENCE}<a href="https://x.org/a">x</a></p>`.repeat(n)}</article>`,
    run: html,
  },
  {
    name: 'html: n nested divs (under the guard)',
    start: 100,
    make: (n) => '<div>'.repeat(n) + SENTENCE + '</div>'.repeat(n),
    run: html,
  },
  {
    name: 'html: n attributes on one element',
    start: 2_000,
    make: (n) => `<p ${Array.from({ length: n }, (_, i) => `a${i}="v"`).join(' ')}>${SENTENCE}</p>`,
    run: html,
  },
  {
    name: 'html: stray close tags, n deep',
    start: 2_500,
    make: (n) => '<div></i>'.repeat(n) + SENTENCE,
    run: html,
    known: 'nesting guard fooled by stray close tags',
  },
  {
    name: 'feed: n RSS items',
    start: 100,
    make: (n) =>
      `<rss><channel><title>T</title>${Array.from({ length: n }, (_, i) => rssItem(i)).join('')}</channel></rss>`,
    run: (s) => parseFeed(s, 'a.rss', linkedomParsers),
  },
  {
    name: 'feed: n entity references',
    start: 5_000,
    make: (n) =>
      `<rss><channel><item><description>${'&amp;&#x41;&nosuch;'.repeat(n)}</description></item></channel></rss>`,
    run: (s) => parseFeed(s, 'a.rss', linkedomParsers),
  },
  { name: 'graphml: n nodes', start: 500, make: graphmlNodes, run: (s) => readGraphml(s, xml) },
  {
    name: 'graphml: n nodes × 1 KB default',
    start: 250,
    make: (n) => graphmlDefaultsBomb(n, 1_000),
    run: (s) => readGraphml(s, xml),
    known: 'defaults copied into every node',
  },
  { name: 'gexf: n nodes', start: 500, make: gexfNodes, run: (s) => readGexf(s, xml) },
  {
    name: 'gexf: n nodes × 1 KB default',
    start: 250,
    make: (n) => gexfDefaultsBomb(n, 1_000),
    run: (s) => readGexf(s, xml),
    known: 'defaults copied into every node',
  },
  { name: 'graph json: n nodes', start: 1_000, make: graphJson, run: (s) => readJson(s) },
  {
    name: 'snapshot: n nodes',
    start: 500,
    make: (n) =>
      JSON.stringify({
        type: 'sourcetrace-snapshot',
        version: 1,
        createdAt: '2025-01-01T00:00:00Z',
        graph: { nodes: graphNodes(n), edges: [] },
        articles: [],
        view: {},
      }),
    run: (s) => readSnapshot(s),
  },
  { name: 'extract: news prose, n sentences', start: 25, make: (n) => SENTENCE.repeat(n), run: extract },
  { name: 'extract: "according to" ×n', start: 250, make: accordingToRun, run: extract },
  { name: 'extract: "He said" ×n', start: 250, make: saidRun, run: extract },
  { name: 'extract: n quotation marks', start: 5_000, make: quoteRun, run: extract },
  { name: 'extract: speakers between blank runs, n chars', start: 2_500, make: speakersBetweenBlanks, run: extract },
  { name: 'extract: n dashes between clauses', start: 2_500, make: dashRun, run: extract },
  {
    name: 'extract: two speakers + n blanks',
    start: 125,
    make: twoSpeakersBlankRun,
    run: extract,
    known: 'clipContent cubic backtracking',
  },
];

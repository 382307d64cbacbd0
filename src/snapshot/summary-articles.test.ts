import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';
import { readGexf, readGraphml, writeGexf, writeGraphml, writeJson } from '../export';
import { testXmlParser } from '../export/xml-parser.test-helper';
import { fixtureText } from '../ingest/fixtures.test-helper';
import { linkedomParsers } from '../ingest/linkedom-parsers';
import { parseFeed } from '../ingest/parse-feed';
import { readArticleRecord } from '../ingest/article-record';
import type { SourcetraceGraph } from '../model';
import { deserializeGraph, parseGraphJson, serializeGraph } from '../model';
import { readSnapshot } from './read-snapshot';
import { articlesFromGraph, writeSnapshot } from './write-snapshot';

// A feed teaser is imported as an article marked `summary`; the mark must survive every way the graph is
// kept or shared, or a reader would later take a teaser for the whole article.

const feed = parseFeed(fixtureText('feed.rss'), 'feed.rss', linkedomParsers);
const teaser = feed.articles.find((a) => a.summary)!;
const full = feed.articles.find((a) => !a.summary)!;
function summaryOf(graph: SourcetraceGraph, key: string): boolean | undefined {
  const attrs = graph.getNodeAttributes(key);
  return attrs.kind === 'article' ? attrs.summary : undefined;
}

describe('a feed summary article', () => {
  const short = extractArticle(teaser);
  const long = extractArticle(full);

  it('is marked on its article node, and a full article is not', () => {
    expect(teaser.title).toBe('Ferry timetable changes');
    expect(summaryOf(short.graph, short.articleKey)).toBe(true);
    expect(summaryOf(long.graph, long.articleKey)).toBeUndefined();
  });

  it('keeps the mark through graph JSON (the IndexedDB record and the JSON export)', () => {
    expect(summaryOf(deserializeGraph(serializeGraph(short.graph)), short.articleKey)).toBe(true);
    expect(summaryOf(parseGraphJson(writeJson(short.graph)), short.articleKey)).toBe(true);
  });

  it('keeps the mark through GraphML and GEXF', () => {
    const parser = testXmlParser();
    const fromGraphml = readGraphml(writeGraphml(short.graph), parser);
    const fromGexf = readGexf(writeGexf(short.graph), parser);
    for (const read of [fromGraphml, fromGexf]) {
      if (!read.ok) throw new Error(read.problems.join('\n'));
      expect(summaryOf(read.graph, short.articleKey)).toBe(true);
    }
  });

  it('keeps the mark through a snapshot and its article records', async () => {
    const [article] = articlesFromGraph(short.graph);
    expect(article).toMatchObject({ title: 'Ferry timetable changes', summary: true });
    const read = readSnapshot(await writeSnapshot({ graph: short.graph, view: {} }));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.snapshot.articles[0]).toMatchObject({ summary: true });
    expect(summaryOf(read.graph, short.articleKey)).toBe(true);
    expect(readArticleRecord(article)).toMatchObject({ article: { summary: true } });
  });

  it('reads snapshots and records written before the mark existed, and refuses a mark that is not a boolean', async () => {
    const before = JSON.parse(await writeSnapshot({ graph: long.graph, view: {} })) as { articles: object[] };
    expect(before.articles[0]).not.toHaveProperty('summary');
    expect(readSnapshot(JSON.stringify(before)).ok).toBe(true);
    expect(readArticleRecord({ text: 'Officials said so.' })).toEqual({ article: { text: 'Officials said so.' } });
    expect(readArticleRecord({ text: 'Officials said so.', summary: 'yes' })).toEqual({
      error: 'summary: expected true or false',
    });
  });
});

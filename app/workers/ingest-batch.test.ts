import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addFileToBatch, createBatch, finishBatch } from './ingest-batch';
import { linkedomParsers } from '../../src/ingest/linkedom-parsers';

const bytes = (text: string) => new TextEncoder().encode(text);
const seed = readFileSync('../shared/corpus/seed-article.txt');
const page = readFileSync('e2e/fixtures/ingest/app/harbour-ledger.html');

describe('addFileToBatch', () => {
  it('extracts the seed article with highlights that slice its text and lead to graph elements', () => {
    const batch = createBatch();
    let articles = 0;
    const report = addFileToBatch(batch, 'seed-article.txt', seed, linkedomParsers, () => articles++);
    expect(report).toMatchObject({ format: 'text', articles: 1, problems: [] });
    expect(articles).toBe(1);
    const done = finishBatch(batch);
    const [imported] = done.articles;
    expect(done.graph.hasNode(imported!.key)).toBe(true);
    expect(done.graph.hasNode('outlet:washington-post')).toBe(true);
    const roles = new Set(imported!.highlights.map((h) => h.role));
    expect([...roles].sort()).toEqual(['claim', 'cue', 'source']);
    for (const h of imported!.highlights) {
      expect(h.end).toBeGreaterThan(h.start);
      if (h.target?.type === 'node') expect(done.graph.hasNode(h.target.key)).toBe(true);
      if (h.target?.type === 'edge') expect(done.graph.hasEdge(h.target.key)).toBe(true);
    }
    expect(imported!.highlights.filter((h) => h.role === 'claim' && h.target).length).toBeGreaterThan(0);
  });

  it('imports a feed teaser as an article marked summary and counts it in the file report', () => {
    const batch = createBatch();
    const feed = readFileSync('e2e/fixtures/ingest/feed.rss');
    const report = addFileToBatch(batch, 'feed.rss', feed, linkedomParsers);
    expect(report).toMatchObject({ format: 'feed', articles: 3, summaries: 1, problems: [] });
    const done = finishBatch(batch);
    const marked = done.graph.filterNodes((_k, a) => a.kind === 'article' && a.summary === true);
    expect(marked.map((k) => done.graph.getNodeAttribute(k, 'label'))).toEqual(['Ferry timetable changes']);
  });

  it('reads a saved page with its outlet, title and date from the metadata', () => {
    const batch = createBatch();
    addFileToBatch(batch, 'harbour-ledger.html', page, linkedomParsers);
    const done = finishBatch(batch);
    const key = done.articles[0]!.key;
    const attrs = done.graph.getNodeAttributes(key);
    expect(attrs).toMatchObject({ kind: 'article', title: 'Ferry service to Elm Island suspended after inspection' });
    expect(attrs.kind === 'article' && attrs.publishedAt).toMatch(/^2025-06-14/);
    expect(attrs.kind === 'article' && attrs.outlet).toBe('outlet:harbour-ledger');
    expect(attrs.kind === 'article' && attrs.text).not.toMatch(/All rights reserved|<p>/);
  });

  it('reports a binary file and a bad JSONL line by name, keeping the good records', () => {
    const batch = createBatch();
    const binary = addFileToBatch(
      batch,
      'photo.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      linkedomParsers,
    );
    expect(binary.articles).toBe(0);
    expect(binary.problems[0]).toMatch(/binary/);
    const jsonl = `{"text":"The mayor said the bridge would reopen in May."}\n{oops\n`;
    const mixed = addFileToBatch(batch, 'mixed.jsonl', bytes(jsonl), linkedomParsers);
    expect(mixed.articles).toBe(1);
    expect(mixed.problems).toEqual([expect.stringMatching(/^ingest\/jsonl: line 2: /)]);
    expect(batch.reports.map((r) => r.file)).toEqual(['photo.png', 'mixed.jsonl']);
  });

  it('refuses a hostile, deeply nested page by name instead of tying up the worker', () => {
    const batch = createBatch();
    const deep = `<html><body>${'<div>'.repeat(5000)}the officials said so${'</div>'.repeat(5000)}</body></html>`;
    const report = addFileToBatch(batch, 'deep.html', bytes(deep), linkedomParsers);
    expect(report.articles).toBe(0);
    expect(report.problems[0]).toMatch(/deep\.html|ingest\/html/);
    expect(report.problems[0]).toMatch(/nested \d+ deep; the limit is 2000/);
  });

  it('merges into the workspace it was given: importing the same article again changes nothing', () => {
    const first = createBatch();
    addFileToBatch(first, 'seed-article.txt', seed, linkedomParsers);
    const workspace = finishBatch(first).graph;
    const order = workspace.order;
    const size = workspace.size;
    const again = createBatch(workspace.copy() as typeof workspace);
    addFileToBatch(again, 'copy of seed.txt', seed, linkedomParsers);
    const done = finishBatch(again);
    expect([done.graph.order, done.graph.size]).toEqual([order, size]);
    expect(done.articles.map((a) => a.file)).toEqual(['copy of seed.txt']);
  });
});

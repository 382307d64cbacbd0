import { describe, expect, it } from 'vitest';
import type { FileReport } from '../workers/ingest-types';
import { fileLoadedText, importHeadline } from './report-text';

const file = (over: Partial<FileReport>): FileReport => ({
  file: 'f',
  format: 'feed',
  articles: 0,
  summaries: 0,
  graphs: 0,
  problems: [],
  ...over,
});

describe('import report text', () => {
  it('says how many of a file’s articles are only feed summaries', () => {
    expect(fileLoadedText(file({ articles: 3, summaries: 1 }))).toBe('3 articles (1 only a feed summary)');
    expect(fileLoadedText(file({ articles: 1, summaries: 1 }))).toBe('1 article (only a feed summary)');
    expect(fileLoadedText(file({ articles: 2, summaries: 2 }))).toBe('2 articles (all only feed summaries)');
    expect(fileLoadedText(file({ articles: 2 }))).toBe('2 articles');
    expect(fileLoadedText(file({ graphs: 1 }))).toBe('1 graph merged');
    expect(fileLoadedText(file({}))).toBe('nothing loaded');
  });

  it('counts summaries and skipped items across files in the headline', () => {
    const files = [file({ articles: 3, summaries: 1 }), file({ articles: 1, summaries: 1, problems: ['x'] })];
    expect(importHeadline(4, files)).toBe(
      'Imported 4 articles from 2 files, 2 of them only a feed summary, not the full article; 1 skipped.',
    );
    expect(importHeadline(1, [file({ articles: 1 })])).toBe('Imported 1 article from 1 file.');
  });
});

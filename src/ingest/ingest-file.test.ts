import { describe, expect, it } from 'vitest';
import { linkedomParsers } from './linkedom-parsers';
import { fixtureBytes, utf8 } from './fixtures.test-helper';
import { ingestFile } from './ingest-file';

const ingest = (name: string) => ingestFile(name, fixtureBytes(name), { parsers: linkedomParsers });

describe('ingestFile', () => {
  it('routes each fixture to its parser', () => {
    const formats = [
      'plain-article.txt',
      'saved-page.html',
      'articles.json',
      'articles.jsonl',
      'feed.rss',
      'feed.atom',
    ].map((f) => [f, ingest(f).format, ingest(f).articles.length]);
    expect(formats).toEqual([
      ['plain-article.txt', 'text', 1],
      ['saved-page.html', 'html', 1],
      ['articles.json', 'json', 2],
      ['articles.jsonl', 'jsonl', 4],
      ['feed.rss', 'feed', 3], // one of them only a summary, imported and marked
      ['feed.atom', 'feed', 2],
    ]);
  });

  it('strips the BOM and normalises CRLF in plain text', () => {
    expect(ingest('bom-crlf.txt').articles[0]?.text).toBe(
      'The ministry said on Monday that talks would resume.\nA negotiator told the Ledger that progress was slow.\n',
    );
  });

  it('repairs UTF-8 that was read as Latin-1 in the articles of every format', () => {
    const jsonl = ingestFile('a.jsonl', utf8('{"text":"Enrique PeÃ±a Nieto spoke.","title":"PeÃ±a"}\n'));
    expect(jsonl.articles[0]).toMatchObject({ text: 'Enrique Peña Nieto spoke.', title: 'Peña' });
    expect(ingestFile('a.txt', utf8('GuantÃ¡namo')).articles[0]?.text).toBe('Guantánamo');
    // Decomposed first ("A" and a combining tilde), then read twice as Latin-1.
    expect(ingestFile('a.txt', utf8('Saruk\u0041\u0303\u0083\u0041\u0302\u00a1n')).articles[0]?.text).toBe('Sarukán');
    expect(ingestFile('a.txt', utf8('Jose\u0301')).articles[0]?.text).toBe('Jos\u00e9');
  });

  it('refuses empty, binary, non-UTF-8 and unsupported files with the file and reason', () => {
    const messages = ['empty.txt', 'image.png', 'utf16.txt', 'latin1.txt', 'table.csv'].map((f) => ingest(f).problems);
    expect(messages.map((p) => p[0]?.file)).toEqual(['empty.txt', 'image.png', 'utf16.txt', 'latin1.txt', 'table.csv']);
    expect(messages.map((p) => p[0]?.message.replace(/[:(].*/, ''))).toEqual([
      'ingest',
      'ingest',
      'ingest',
      'ingest',
      'ingest',
    ]);
    expect(messages[4]?.[0]?.message).toBe(
      'ingest: unsupported format (.csv); expected text, HTML, JSON, JSONL, RSS or Atom',
    );
  });

  it('refuses markup when no parser is given, instead of guessing', () => {
    const result = ingestFile('page.html', utf8('<p>The mayor said yes.</p>'));
    expect(result.problems[0]?.message).toBe('ingest/html: no markup parser was given to read this file');
  });

  it('applies the size limit', () => {
    const result = ingestFile('big.txt', utf8('x'.repeat(100)), { maxBytes: 10 });
    expect(result.articles).toEqual([]);
    expect(result.problems[0]?.message).toMatch(/^ingest: too large/);
  });
});

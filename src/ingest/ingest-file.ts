import { decodeText, MAX_FILE_BYTES } from './decode-text';
import { detectFormat, extensionOf } from './detect-format';
import type { MarkupParsers } from './dom';
import { parseFeed } from './parse-feed';
import { parseHtml } from './parse-html';
import { parseJson } from './parse-json';
import { parseJsonl } from './parse-jsonl';
import { parseText } from './parse-text';
import { repairMojibake } from './repair-mojibake';
import type { IngestResult } from './types';
import { refused } from './types';

export interface IngestOptions {
  /** Needed for HTML pages and feeds; without it those files are refused with a message. */
  parsers?: MarkupParsers;
  /** Refuse files above this many bytes (default 20 MB). */
  maxBytes?: number;
  /** Feed items with less text than this are imported marked as summaries (default 300). */
  minFeedItemChars?: number;
}

/**
 * Reads one file of any supported format into articles, graphs and problems. Never throws on bad
 * input: empty, binary, oversize, non-UTF-8 and unsupported files come back as a problem naming the
 * file and the reason.
 */
export function ingestFile(file: string, bytes: Uint8Array, options: IngestOptions = {}): IngestResult {
  const result = ingestDecoded(file, bytes, options);
  // Every format's articles, before anything reads their offsets: composed (NFC), so "José" written with a
  // combining accent is the same name as "José"; and "PeÃ±a" is "Peña" (a graph's own articles are left
  // as they were written, their evidence offsets point into that text).
  result.articles = result.articles.map(repairArticle);
  // A graph that did not load is a corpus lost, not a record skipped: say so, so callers can stop.
  if (result.format === 'graph' && result.graphs.length === 0) result.problems.forEach((p) => (p.fatal = true));
  return result;
}

function repairArticle<A extends { text: string; title?: string; author?: string }>(article: A): A {
  const repair = (s: string) => repairMojibake(s.normalize('NFC'));
  const text = repair(article.text);
  const title = article.title === undefined ? undefined : repair(article.title);
  const author = article.author === undefined ? undefined : repair(article.author);
  if (text === article.text && title === article.title && author === article.author) return article;
  return {
    ...article,
    text,
    ...(title === undefined ? {} : { title }),
    ...(author === undefined ? {} : { author }),
  };
}

function ingestDecoded(file: string, bytes: Uint8Array, options: IngestOptions): IngestResult {
  const decoded = decodeText(bytes, options.maxBytes ?? MAX_FILE_BYTES);
  if (!decoded.ok) return refused(file, `ingest: ${decoded.reason}`);
  const format = detectFormat(file, decoded.text);
  if (!format) {
    const ext = extensionOf(file);
    return refused(
      file,
      `ingest: unsupported format${ext ? ` (.${ext})` : ''}; expected text, HTML, JSON, JSONL, RSS or Atom`,
    );
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  switch (format) {
    case 'text':
      return parseText(text, file);
    case 'json':
    case 'graph':
      return parseJson(text, file);
    case 'jsonl':
      return parseJsonl(text, file);
    case 'html':
    case 'feed': {
      const parsers = options.parsers;
      if (!parsers) return refused(file, `ingest/${format}: no markup parser was given to read this file`, format);
      return format === 'html'
        ? parseHtml(text, file, parsers.parseHtml)
        : parseFeed(text, file, parsers, options.minFeedItemChars);
    }
  }
}

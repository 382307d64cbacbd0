import type { IngestFormat } from './types';

const BY_EXTENSION: Record<string, IngestFormat> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
};

export function extensionOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** What the first characters say, ignoring leading whitespace, BOM and XML prologue. */
function sniff(text: string): IngestFormat | undefined {
  const head = text
    .slice(0, 2048)
    .replace(/^\uFEFF/, '')
    .trimStart();
  const lower = head.toLowerCase();
  if (head.startsWith('<')) {
    if (/<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
    if (/<(!doctype html|html|head|body|article|p|div)[\s>]/.test(lower)) return 'html';
    return undefined;
  }
  if (head.startsWith('[')) return 'json';
  if (head.startsWith('{')) {
    // JSONL if the first line is a complete object and another object line follows.
    const firstLine = head.split('\n', 1)[0]!.trim();
    return firstLine.endsWith('}') && /\n\s*\{/.test(head) ? 'jsonl' : 'json';
  }
  return undefined;
}

/**
 * Decides a file's format from its extension, confirmed or overridden by its first characters:
 * a `.xml` that is not a feed and a `.json` holding JSON Lines are caught. Returns undefined when
 * the file is none of the supported formats.
 */
export function detectFormat(file: string, text: string): IngestFormat | undefined {
  const ext = extensionOf(file);
  const byExt = Object.hasOwn(BY_EXTENSION, ext) ? BY_EXTENSION[ext] : undefined;
  const sniffed = sniff(text);
  if (byExt === 'text') return 'text';
  if (byExt === 'feed') return sniffed === 'html' ? 'html' : 'feed';
  // One object on one line is valid as either; only an array makes a .jsonl plain JSON.
  if (byExt === 'jsonl') return text.trimStart().startsWith('[') ? 'json' : 'jsonl';
  if (byExt === 'json') return sniffed === 'jsonl' ? 'jsonl' : 'json';
  if (byExt) return byExt;
  // No or unknown extension: trust content that announces itself, and plain prose without one.
  if (sniffed) return sniffed;
  return ext === '' ? 'text' : undefined;
}

/**
 * Whether a file's first characters open graph JSON (graphology's serialisation, as `build` writes it:
 * the first key is one of options, attributes, nodes, edges). Decided from the head alone, so a graph
 * too big for the article size limit is still recognised before it is read.
 */
export function looksLikeGraphHead(head: string): boolean {
  return /^\uFEFF?\s*\{\s*"(options|attributes|nodes|edges)"\s*:/.test(head);
}

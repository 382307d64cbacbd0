import { DOMParser } from 'linkedom';
import type { DomDocument, MarkupParsers } from './dom';

const parser = new DOMParser();

// linkedom's parse time grows with the square of nesting depth (measured: 50,000 nested divs take 4 s,
// 100,000 take 23 s), and no real page nests beyond a few hundred. Deeper markup is refused up front.
const MAX_NESTING = 2000;
// Tags that are void or usually left unclosed: counting them would overstate the depth.
const FLAT_TAGS = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd td th tr option'.split(' '),
);

/** Rough nesting depth from a linear scan of tags; enough to tell hostile input from any real page. */
export function estimateNesting(markup: string): number {
  let depth = 0;
  let max = 0;
  for (let at = markup.indexOf('<'); at !== -1; at = markup.indexOf('<', at + 1)) {
    const next = markup.charCodeAt(at + 1);
    if (next === 47 /* / */) depth = Math.max(0, depth - 1);
    else if ((next | 32) >= 97 && (next | 32) <= 122) {
      let end = at + 1;
      while (end < markup.length && /[\w:-]/.test(markup[end]!)) end++;
      const name = markup.slice(at + 1, end).toLowerCase();
      const close = markup.indexOf('>', end);
      const selfClosing = close > 0 && markup.charCodeAt(close - 1) === 47;
      if (!FLAT_TAGS.has(name) && !selfClosing) max = Math.max(max, ++depth);
    }
  }
  return max;
}

function guard(markup: string): void {
  const depth = estimateNesting(markup);
  if (depth > MAX_NESTING) throw new Error(`elements nested ${depth} deep; the limit is ${MAX_NESTING}`);
}

// linkedom leaves `documentElement` null for markup without an <html> element; wrap fragments.
function parseHtml(html: string): DomDocument {
  guard(html);
  const wrapped = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parser.parseFromString(wrapped, 'text/html') as unknown as DomDocument;
}

function parseXml(xml: string): DomDocument {
  guard(xml);
  return parser.parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/**
 * linkedom-backed parsers wherever no DOMParser exists: Node (CLI, tests) and the app's Web Workers. Not
 * exported from the ingest index, so linkedom stays out of bundles that do not ask for it.
 */
export const linkedomParsers: MarkupParsers = { parseHtml, parseXml };

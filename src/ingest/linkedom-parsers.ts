import { DOMParser } from 'linkedom';
import type { DomDocument, MarkupParsers } from './dom';

const parser = new DOMParser();

// linkedom's parse time grows with the square of nesting depth (measured: 50,000 nested divs take 4 s,
// 100,000 take 23 s), and no real page nests beyond a few hundred. Deeper markup is refused up front.
const MAX_NESTING = 2000;
// Void tags never hold children; the others here are closed by their next sibling (linkedom's parser
// closes an open <p> at the next <p>, <li> at the next <li>, …), so pushing them would overstate the depth.
const FLAT_TAGS = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd td th tr option'.split(' '),
);
// Their content is text up to the matching close tag: a "<div>" inside a script opens nothing.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
// Inside these, HTML honours "<x/>" as self-closing, as XML does everywhere.
const FOREIGN = new Set(['svg', 'math']);

/** Open elements by name; counts per name make a close tag with no open match an O(1) no-op. */
class OpenElements {
  private readonly stack: string[] = [];
  private readonly open = new Map<string, number>();
  foreign = 0;
  max = 0;

  push(name: string): void {
    this.stack.push(name);
    this.open.set(name, (this.open.get(name) ?? 0) + 1);
    if (FOREIGN.has(name)) this.foreign++;
    this.max = Math.max(this.max, this.stack.length);
  }

  /** Pops back to the innermost open `name`, closing what was left open inside it; ignored if none is open. */
  close(name: string): void {
    if (!this.open.get(name)) return;
    let top: string;
    do {
      top = this.stack.pop()!;
      this.open.set(top, this.open.get(top)! - 1);
      if (FOREIGN.has(top)) this.foreign--;
    } while (top !== name);
  }
}

/**
 * Nesting depth from one linear scan, on a stack of open tag names as an HTML parser keeps it: a close
 * tag pops back to its open element and is ignored when nothing by that name is open (so "</i>" after
 * "<div>" closes nothing), and "<div/>" opens a div in HTML outside svg/math. Comments and CDATA hold no
 * tags; nor, in HTML, do script, style, textarea and title.
 */
export function estimateNesting(markup: string, mode: 'html' | 'xml' = 'html'): number {
  const html = mode === 'html';
  // One lower-cased copy, scanned throughout, so names and "</script" match in any case.
  const src = html ? markup.toLowerCase() : markup;
  const elements = new OpenElements();
  for (let at = src.indexOf('<'); at !== -1; at = src.indexOf('<', at + 1)) {
    if (src.startsWith('<!--', at)) at = skipPast(src, at, '-->');
    else if (src.startsWith('<![CDATA[', at)) at = skipPast(src, at, ']]>');
    else {
      const closing = src.charCodeAt(at + 1) === 47; /* / */
      const from = at + (closing ? 2 : 1);
      if (!isLetter(src.charCodeAt(from))) continue;
      let end = from + 1;
      while (end < src.length && isNameChar(src.charCodeAt(end))) end++;
      const name = src.slice(from, end);
      const gt = src.indexOf('>', end);
      const selfClosed = gt > 0 && src.charCodeAt(gt - 1) === 47 && (!html || elements.foreign > 0);
      // Raw text holds no elements: its tag adds no depth that could grow, so it is skipped whole.
      if (!closing && html && RAW_TEXT.has(name)) at = skipPast(src, at, `</${name}`);
      else if (closing) elements.close(name);
      else if (!selfClosed && !(html && FLAT_TAGS.has(name))) elements.push(name);
    }
    if (at === -1) break;
  }
  return elements.max;
}

const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
// Letters, digits, "_", ":" and "-": what a tag name is made of here.
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 58) || c === 95 || c === 45;

/** The position of the last character of `marker` after `from`, or -1 when it never comes. */
function skipPast(src: string, from: number, marker: string): number {
  const found = src.indexOf(marker, from + 1);
  return found === -1 ? -1 : found + marker.length - 1;
}

function guard(markup: string, mode: 'html' | 'xml'): void {
  const depth = estimateNesting(markup, mode);
  if (depth > MAX_NESTING) throw new Error(`elements nested ${depth} deep; the limit is ${MAX_NESTING}`);
}

// linkedom leaves `documentElement` null for markup without an <html> element; wrap fragments.
function parseHtml(html: string): DomDocument {
  guard(html, 'html');
  const wrapped = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parser.parseFromString(wrapped, 'text/html') as unknown as DomDocument;
}

function parseXml(xml: string): DomDocument {
  guard(xml, 'xml');
  return parser.parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/**
 * linkedom-backed parsers wherever no DOMParser exists: Node (CLI, tests) and the app's Web Workers. Not
 * exported from the ingest index, so linkedom stays out of bundles that do not ask for it.
 */
export const linkedomParsers: MarkupParsers = { parseHtml, parseXml };

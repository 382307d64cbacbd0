import type { DomElement, DomNode } from './dom';
import { isElement, tagName, TEXT_NODE } from './dom';
import { safeHttpUrl } from './safe-url';
import type { ArticleLink } from './types';

const BLOCKS = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head', 'button', 'select']);
// A hostile page can nest elements thousands deep; deeper content is still read, as flat text.
const MAX_DEPTH = 500;

/** Builds text out of DOM pieces: whitespace collapses, blocks become blank-line-separated paragraphs. */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  private pending: '' | ' ' | '\n' | '\n\n' = '';

  text(raw: string): void {
    const collapsed = raw.replace(/\s+/g, ' ');
    if (collapsed === '' || collapsed === ' ') {
      if (collapsed === ' ' && this.pending === '') this.pending = ' ';
      return;
    }
    if (collapsed.startsWith(' ') && this.pending === '') this.pending = ' ';
    const body = collapsed.trim();
    this.flush();
    this.push(body);
    if (collapsed.endsWith(' ')) this.pending = ' ';
  }

  /** Called before a link's first character so its start points at text, not at a separator. */
  flush(): void {
    if (this.length > 0 && this.pending !== '') this.push(this.pending);
    this.pending = '';
  }

  lineBreak(kind: '\n' | '\n\n'): void {
    if (this.pending !== '\n\n') this.pending = kind;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}

function walk(node: DomNode, out: TextBuilder, links: ArticleLink[], base: string | undefined, depth: number): void {
  if (node.nodeType === TEXT_NODE) return out.text(node.textContent ?? '');
  if (!isElement(node)) return;
  const tag = tagName(node);
  if (SKIPPED.has(tag)) return;
  if (tag === 'br') return out.lineBreak('\n');
  if (depth > MAX_DEPTH) return out.text(node.textContent ?? '');
  const block = BLOCKS.has(tag);
  if (block) out.lineBreak('\n\n');
  const href = tag === 'a' ? safeHttpUrl(node.getAttribute('href'), base) : undefined;
  const before = out.length;
  for (const child of Array.from(node.childNodes)) walk(child, out, links, base, depth + 1);
  if (href && out.length > before) links.push({ href, text: '', start: before, end: out.length });
  if (block) out.lineBreak('\n\n');
}

/** A link's recorded start may sit on the separator emitted with its first word: move past it. */
function settleLinks(text: string, links: ArticleLink[]): ArticleLink[] {
  for (const link of links) {
    while (link.start < link.end && /\s/.test(text[link.start]!)) link.start++;
    link.text = text.slice(link.start, link.end);
  }
  return links.filter((link) => link.text !== '');
}

/**
 * Reads an element's text as an article body (paragraphs separated by blank lines) and its outgoing
 * http(s) links with offsets into that text. Relative links resolve against `baseUrl` when given.
 */
export function domText(root: DomElement | DomNode, baseUrl?: string): { text: string; links: ArticleLink[] } {
  const out = new TextBuilder();
  const links: ArticleLink[] = [];
  walk(root, out, links, baseUrl, 0);
  const text = out.toString();
  return { text, links: settleLinks(text, links) };
}

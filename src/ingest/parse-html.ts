import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement, DomNode, ParseMarkup } from './dom';
import { isElement } from './dom';
import { domText } from './dom-text';
import { readHtmlMetadata } from './html-metadata';
import type { IngestedArticle, IngestResult } from './types';
import { emptyResult, refused } from './types';

// Readability slows down sharply with nesting depth and element count (measured with linkedom: 1,200
// nested divs take 30 s). Pages past these bounds are read whole from the body instead.
const MAX_READABLE_DEPTH = 120;
const MAX_READABLE_ELEMENTS = 30_000;

/** True when the tree is small and shallow enough for Readability. Iterative, stops at the first excess. */
function readable(root: DomNode): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  let elements = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_READABLE_DEPTH || ++elements > MAX_READABLE_ELEMENTS) return false;
    for (const child of Array.from(node.childNodes)) if (isElement(child)) stack.push([child, depth + 1]);
  }
  return true;
}

/** Readability's main-content pick, or the whole body when it finds no article (short pages, fragments). */
function mainContent(doc: DomDocument): { root: DomNode | undefined; byline?: string; title?: string } {
  const body = doc.body ?? doc.documentElement ?? undefined;
  if (!doc.documentElement || !readable(doc.documentElement)) return { root: body };
  try {
    // Readability's types name the DOM lib's Document; ours is the structural subset it actually uses.
    const reader = new Readability<DomElement>(doc as never, { serializer: (node) => node as unknown as DomElement });
    const parsed = reader.parse();
    const root = parsed?.content ?? undefined;
    if (root && (root.textContent ?? '').trim()) {
      return { root, byline: parsed?.byline ?? undefined, title: parsed?.title ?? undefined };
    }
  } catch {
    // Readability gives up on some malformed pages; the body text is still worth reading.
  }
  return { root: body };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/**
 * Reads a saved web page: the article body via Mozilla Readability, metadata from JSON-LD, Open Graph
 * and meta tags, and body links to other pages. `parseHtml` is the DOMParser-like parser to use.
 */
export function parseHtml(html: string, file: string, parse: ParseMarkup): IngestResult {
  let doc: DomDocument;
  try {
    doc = parse(html);
  } catch (err) {
    return refused(file, `ingest/html: the page could not be parsed (${(err as Error).message})`, 'html');
  }
  const meta = readHtmlMetadata(doc); // before Readability, which rewrites the document
  const content = mainContent(doc);
  const { text, links } = content.root ? domText(content.root, meta.url) : { text: '', links: [] };
  if (text.trim() === '') return refused(file, 'ingest/html: no article text found in the page', 'html');
  const article: IngestedArticle = { text };
  const outlet = meta.outlet ?? hostOf(meta.url);
  const title = meta.title ?? content.title;
  const author = meta.author ?? content.byline;
  if (outlet) article.outlet = outlet;
  if (title) article.title = title;
  if (author) article.author = author.replace(/^by\s+/i, '').trim();
  if (meta.url) article.url = meta.url;
  if (meta.publishedAt) article.publishedAt = meta.publishedAt;
  if (links.length) article.links = links;
  return { ...emptyResult(file, 'html'), articles: [article] };
}

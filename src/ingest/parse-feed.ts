import type { DomElement, MarkupParsers } from './dom';
import { childElements, firstChildText, tagName } from './dom';
import { domText } from './dom-text';
import { safeHttpUrl } from './safe-url';
import type { IngestedArticle, IngestResult } from './types';
import { emptyResult, refused } from './types';

/**
 * Feed items shorter than this carry a summary pointing at the real page, not the article: they are still
 * imported (the user asked for the feed's items), marked `summary` so every view says the text is partial.
 */
export const MIN_FEED_ITEM_CHARS = 300;

interface FeedShape {
  outlet?: string;
  items: DomElement[];
  kind: 'rss' | 'atom';
}

function feedShape(root: DomElement): FeedShape | undefined {
  const tag = tagName(root);
  if (tag === 'feed')
    return { kind: 'atom', outlet: firstChildText(root, ['title']), items: childElements(root, ['entry']) };
  if (tag === 'rss' || tag === 'rdf:rdf') {
    const channel = childElements(root, ['channel'])[0];
    const items = [...childElements(root, ['item']), ...(channel ? childElements(channel, ['item']) : [])];
    return { kind: 'rss', outlet: channel ? firstChildText(channel, ['title']) : undefined, items };
  }
  return undefined;
}

function isoDate(value: string | undefined): string | undefined {
  const time = value ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** An item's body: HTML in a string (RSS, Atom type="html"), inline XHTML, or plain text. */
function itemBody(item: DomElement, kind: FeedShape['kind'], parsers: MarkupParsers, base?: string) {
  const names = kind === 'rss' ? ['content:encoded', 'description'] : ['content', 'summary'];
  const element = names.map((n) => childElements(item, [n])[0]).find((e) => e?.textContent?.trim());
  if (!element) return { text: '', links: [] };
  const type = element.getAttribute('type') ?? (kind === 'rss' ? 'html' : 'text');
  if (type === 'xhtml') return domText(element, base);
  if (type === 'text') return { text: (element.textContent ?? '').trim(), links: [] };
  const doc = parsers.parseHtml(`<!doctype html><html><body>${element.textContent ?? ''}</body></html>`);
  const body = doc.body ?? doc.documentElement;
  return body ? domText(body, base) : { text: '', links: [] };
}

function itemLink(item: DomElement, kind: FeedShape['kind']): string | undefined {
  if (kind === 'rss') return firstChildText(item, ['link']);
  const links = childElements(item, ['link']);
  const alternate = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.getAttribute('href') ?? undefined;
}

/** Atom titles may be escaped HTML (`type="html"`): read them as text, never as markup. */
function itemTitle(item: DomElement, parsers: MarkupParsers): string | undefined {
  const element = childElements(item, ['title'])[0];
  const raw = element?.textContent?.trim();
  if (!element || !raw || element.getAttribute('type') !== 'html') return raw || undefined;
  const body = parsers.parseHtml(`<!doctype html><html><body>${raw}</body></html>`).body;
  return body?.textContent?.trim() || raw;
}

function readItem(item: DomElement, shape: FeedShape, parsers: MarkupParsers): IngestedArticle {
  const url = safeHttpUrl(itemLink(item, shape.kind));
  const { text, links } = itemBody(item, shape.kind, parsers, url);
  const article: IngestedArticle = { text };
  const title = itemTitle(item, parsers);
  const dateNames = shape.kind === 'rss' ? ['pubdate', 'dc:date'] : ['published', 'updated'];
  const publishedAt = isoDate(dateNames.map((n) => firstChildText(item, [n])).find(Boolean));
  const authorEl = childElements(item, ['author'])[0];
  const author =
    (authorEl && (firstChildText(authorEl, ['name']) ?? authorEl.textContent?.trim())) ||
    firstChildText(item, ['dc:creator']);
  if (title) article.title = title;
  if (shape.outlet) article.outlet = shape.outlet;
  if (url) article.url = url;
  if (publishedAt) article.publishedAt = publishedAt;
  if (author) article.author = author;
  if (links.length) article.links = links;
  return article;
}

/**
 * Reads an RSS 2.0 (or 1.0) or Atom feed: each item with any content becomes an article, marked `summary`
 * when its text is shorter than `minChars` (a teaser, not the full article). Items without content are
 * reported, not loaded.
 */
export function parseFeed(
  xml: string,
  file: string,
  parsers: MarkupParsers,
  minChars = MIN_FEED_ITEM_CHARS,
): IngestResult {
  let root: DomElement | null;
  try {
    root = (parsers.parseXml ?? parsers.parseHtml)(xml).documentElement;
  } catch (err) {
    return refused(file, `ingest/feed: the XML could not be parsed (${(err as Error).message})`, 'feed');
  }
  const shape = root ? feedShape(root) : undefined;
  if (!shape) return refused(file, 'ingest/feed: not an RSS or Atom feed (no <rss> or <feed> root)', 'feed');
  const result = emptyResult(file, 'feed');
  if (shape.items.length === 0) result.problems.push({ file, message: 'ingest/feed: the feed has no items' });
  shape.items.forEach((item, i) => {
    let article: IngestedArticle;
    try {
      article = readItem(item, shape, parsers);
    } catch (err) {
      // A hostile item (HTML nested too deep to parse) costs that item only, not the feed.
      result.problems.push({ file, message: `ingest/feed: item ${i + 1}: ${(err as Error).message}` });
      return;
    }
    if (!article.text) {
      const name = `item ${i + 1}${article.title ? ` ("${article.title.slice(0, 60)}")` : ''}`;
      result.problems.push({ file, message: `ingest/feed: ${name}: no content` });
      return;
    }
    if (article.text.length < minChars) article.summary = true;
    result.articles.push(article);
  });
  return result;
}

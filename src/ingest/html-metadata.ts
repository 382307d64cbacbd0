import type { DomDocument } from './dom';
import { safeHttpUrl } from './safe-url';

/** What a saved page says about itself, before Readability rewrites the document. */
export interface HtmlMetadata {
  outlet?: string;
  title?: string;
  publishedAt?: string;
  author?: string;
  url?: string;
}

const ARTICLE_TYPES = /(^|:)(News|Reportage|Analysis|Opinion|Review|Background)?Article$|^(BlogPosting|Report)$/;
const MAX_JSON_LD_NODES = 10_000;

function meta(doc: DomDocument, selector: string): string | undefined {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return ((value as { name: string }).name.trim() || undefined) as string | undefined;
  }
  return undefined;
}

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/**
 * Finds the first article object in JSON-LD, which may be nested in `@graph` or arrays. Breadth-first
 * with a node budget, so hostile nesting cannot exhaust the stack or the clock.
 */
function findJsonLdArticle(data: unknown): Record<string, unknown> | undefined {
  const queue: unknown[] = [data];
  for (let seen = 0; seen < queue.length && seen < MAX_JSON_LD_NODES; seen++) {
    const item = queue[seen];
    if (Array.isArray(item)) queue.push(...item.slice(0, 1000));
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (isArticleType(record['@type'])) return record;
      if (Array.isArray(record['@graph'])) queue.push(record['@graph']);
    }
  }
  return undefined;
}

function jsonLdArticle(doc: DomDocument): Record<string, unknown> | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = findJsonLdArticle(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      // Broken JSON-LD is common on real pages; the meta tags still count.
    }
  }
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return urlOf((value as Record<string, unknown>)['@id']);
  return undefined;
}

/** Reads outlet, title, date, author and canonical URL from JSON-LD, Open Graph and standard meta tags. */
export function readHtmlMetadata(doc: DomDocument): HtmlMetadata {
  const ld = jsonLdArticle(doc) ?? {};
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const candidates: HtmlMetadata = {
    outlet:
      nameOf(ld.publisher) ?? meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="application-name"]'),
    title: nameOf(ld.headline) ?? meta(doc, 'meta[property="og:title"]') ?? (doc.title?.trim() || undefined),
    publishedAt:
      (typeof ld.datePublished === 'string' ? ld.datePublished : undefined) ??
      meta(doc, 'meta[property="article:published_time"]') ??
      meta(doc, 'meta[name="date"]') ??
      meta(doc, 'meta[itemprop="datePublished"]'),
    author: nameOf(ld.author) ?? meta(doc, 'meta[name="author"]') ?? meta(doc, 'meta[property="article:author"]'),
    url: canonical || meta(doc, 'meta[property="og:url"]') || urlOf(ld.url) || urlOf(ld.mainEntityOfPage),
  };
  return clean(candidates);
}

function clean(meta: HtmlMetadata): HtmlMetadata {
  const out: HtmlMetadata = {};
  for (const [key, value] of Object.entries(meta) as [keyof HtmlMetadata, string | undefined][]) {
    if (value) out[key] = value.slice(0, 1000);
  }
  if (out.publishedAt) {
    const time = Date.parse(out.publishedAt);
    if (Number.isNaN(time)) delete out.publishedAt;
    else out.publishedAt = new Date(time).toISOString();
  }
  const url = safeHttpUrl(out.url);
  if (url) out.url = url;
  else delete out.url;
  return out;
}

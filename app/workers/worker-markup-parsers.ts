import { DOMParser } from 'linkedom';
import type { DomDocument, MarkupParsers } from '../../src/ingest';

// Web Workers have no DOMParser; linkedom is a small pure-JS DOM that Readability accepts.
const parser = new DOMParser();

// linkedom leaves `documentElement` null for markup without an <html> element, so fragments are wrapped.
function parseHtml(html: string): DomDocument {
  const whole = /<html[\s>]/i.test(html.slice(0, 4096));
  const markup = whole ? html : `<!doctype html><html><body>${html}</body></html>`;
  return parser.parseFromString(markup, 'text/html') as unknown as DomDocument;
}

function parseXml(xml: string): DomDocument {
  return parser.parseFromString(xml, 'text/xml') as unknown as DomDocument;
}

/** The markup parsers the ingest worker hands to `src/ingest`. */
export const workerMarkupParsers: MarkupParsers = { parseHtml, parseXml };

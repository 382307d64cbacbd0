import fc from 'fast-check';
import { hostileTextArb, NASTY_UNITS, PROTO_KEYS } from './hostile-text';

/**
 * HTML pages and RSS/Atom feeds built as real skeletons (head, metadata, article, items) with hostile
 * payloads spliced into text, attributes and structure, so the inputs get past format detection and
 * the first checks into Readability, metadata, link and item reading.
 */

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A payload, sometimes escaped (valid markup) and sometimes raw (hostile markup). */
export const payloadArb = fc
  .tuple(hostileTextArb({ maxRun: 3_000, maxPieces: 6 }), fc.boolean())
  .map(([text, raw]) => (raw ? text : escapeXml(text)));

/** Structure that strains parsers: deep or stray-close nesting, many attributes, entity declarations. */
export const structureArb = fc.oneof(
  fc.integer({ min: 1, max: 2_500 }).map((n) => '<div>'.repeat(n) + 'deep' + '</div>'.repeat(n)),
  fc.integer({ min: 1, max: 300 }).map((n) => '<span><b>'.repeat(n)),
  // Stray close tags: a nesting estimate that trusts them undercounts the real depth (known finding).
  fc.integer({ min: 1, max: 3_000 }).map((n) => '<div></i>'.repeat(n)),
  fc
    .integer({ min: 1, max: 5_000 })
    .map((n) => `<p ${Array.from({ length: n }, (_, i) => `a${i % 50}="${i}"`).join(' ')}>x</p>`),
  fc.integer({ min: 1, max: 2_000 }).map((n) => '<a href="javascript:alert(1)">'.repeat(n)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => '&amp;'.repeat(n)),
  fc.integer({ min: 1, max: 3_000 }).map((n) => '<![CDATA['.repeat(n)),
  fc.integer({ min: 1, max: 3_000 }).map((n) => '<!--'.repeat(n)),
  fc.constantFrom(...NASTY_UNITS),
  fc.constantFrom(
    '<script>throw 1</script>',
    '<style>*{}</style>',
    '<svg><foreignObject><p>x</p></foreignObject></svg>',
  ),
);

/** JSON-LD with prototype keys and odd shapes, which the metadata reader walks. */
const jsonLdArb = fc
  .tuple(
    fc.constantFrom(...PROTO_KEYS),
    payloadArb,
    fc.constantFrom('{', '[', '"', 'null', '{"@graph":[{"@type":"NewsArticle"'),
  )
  .map(
    ([key, text, prefix]) =>
      `${prefix}{"@type":"NewsArticle","${key}":{"name":"x"},"headline":${JSON.stringify(text)},` +
      `"author":[{"name":${JSON.stringify(text)}},null,3],"publisher":{"name":{"${key}":1}},"datePublished":"${text.slice(0, 30)}"}`,
  );

const sentence = 'The minister said on Tuesday that the plan would go ahead, according to officials. ';

/** A saved news page with metadata, body text and links, hostile pieces spliced in. */
export const htmlPageArb = fc
  .record({
    title: payloadArb,
    meta: payloadArb,
    jsonLd: jsonLdArb,
    href: fc.oneof(
      payloadArb,
      fc.constantFrom('https://example.com/a', 'javascript:alert(1)', '//x', 'http://[::1', ''),
    ),
    body: fc.array(fc.oneof(payloadArb, structureArb, fc.constant(sentence.repeat(4))), { minLength: 1, maxLength: 5 }),
    wrapped: fc.boolean(),
  })
  .map(({ title, meta, jsonLd, href, body, wrapped }) => {
    const head =
      `<head><title>${title}</title><meta property="og:site_name" content="${meta}">` +
      `<meta name="author" content="${meta}"><link rel="canonical" href="${href}">` +
      `<script type="application/ld+json">${jsonLd}</script></head>`;
    const article = `<article><h1>${title}</h1>${body.map((b) => `<p>${b} <a href="${href}">${title}</a></p>`).join('')}</article>`;
    return wrapped ? `<!doctype html><html>${head}<body>${article}</body></html>` : article;
  });

/** Internal entity declarations: an entity bomb (each level ten of the last) and external entities. */
export const doctypeArb = fc.constantFrom(
  '',
  '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>',
  '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE r [<!ENTITY % p "<!ENTITY q \'x\'>"> %p;]>',
);

/** Where bomb entities are referenced, if the doctype declared them. */
export const entityRefArb = fc.constantFrom('', '&e;', '&e;&e;&e;&e;', '&x;', '&q;');

const dateArb = fc.oneof(
  payloadArb,
  fc.constantFrom('Tue, 10 Jun 2025 04:00:00 GMT', '275760-09-13', '-271821-04-19', '9'.repeat(400)),
);

const itemArb = fc.record({
  title: payloadArb,
  html: fc.boolean(),
  link: fc.oneof(payloadArb, fc.constantFrom('https://example.com/x', 'javascript:alert(1)')),
  body: fc.array(fc.oneof(payloadArb, structureArb, fc.constant(sentence.repeat(5))), { minLength: 1, maxLength: 4 }),
  date: dateArb,
  ref: entityRefArb,
  cdata: fc.boolean(),
});

type Item = typeof itemArb extends fc.Arbitrary<infer T> ? T : never;

const bodyOf = (item: Item) => {
  const html = item.body.join(' ') + item.ref;
  return item.cdata ? `<![CDATA[${html}]]>` : escapeXml(html);
};

function rssItem(item: Item): string {
  return (
    `<item><title>${item.title}${item.ref}</title><link>${item.link}</link><pubDate>${item.date}</pubDate>` +
    `<dc:creator>${item.title}</dc:creator><content:encoded>${bodyOf(item)}</content:encoded></item>`
  );
}

function atomEntry(item: Item): string {
  const type = item.html ? 'html' : item.cdata ? 'xhtml' : 'text';
  return (
    `<entry><title type="${item.html ? 'html' : 'text'}">${item.title}</title><link rel="alternate" href="${item.link}"/>` +
    `<published>${item.date}</published><author><name>${item.title}</name></author>` +
    `<content type="${type}">${type === 'xhtml' ? `<div xmlns="http://www.w3.org/1999/xhtml">${item.body.join(' ')}</div>` : bodyOf(item)}</content></entry>`
  );
}

/** An RSS 2.0 or Atom feed of a few items, hostile pieces spliced into every field. */
export const feedArb = fc
  .record({ atom: fc.boolean(), doctype: doctypeArb, outlet: payloadArb, items: fc.array(itemArb, { maxLength: 4 }) })
  .map(({ atom, doctype, outlet, items }) => {
    const prolog = `<?xml version="1.0" encoding="UTF-8"?>${doctype}`;
    if (atom)
      return `${prolog}<feed xmlns="http://www.w3.org/2005/Atom"><title>${outlet}</title>${items.map(atomEntry).join('')}</feed>`;
    const ns = 'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"';
    return `${prolog}<rss version="2.0" ${ns}><channel><title>${outlet}</title>${items.map(rssItem).join('')}</channel></rss>`;
  });

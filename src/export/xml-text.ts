// Characters XML 1.0 cannot carry at all, not even as character references, plus unpaired surrogates.
// Each alternative is a single character class (with a fixed-width look-around), so matching is linear.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Line ends go as references: parsers fold a raw CR into LF, and some (xmldom) treat NEL and LS as line ends too.
const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
};
// Parsers normalise raw tabs and newlines in attribute values to spaces, so those go as references too.
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\t': '&#9;',
};

// One character class, cheap to scan: only strings it matches go through the look-around pattern above.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const MAYBE_NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Replaces characters XML cannot represent with U+FFFD (the one lossy step of the XML writers). */
export function toXmlChars(value: string): string {
  return MAYBE_NOT_XML.test(value) ? value.replace(NOT_XML, '\uFFFD') : value;
}

/** Escapes untrusted text for an element's content; carriage returns survive a parse. */
export function escapeXmlText(value: string): string {
  return toXmlChars(value).replace(/[&<>\r\u0085\u2028]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

/** Escapes untrusted text for a double- or single-quoted attribute; newlines and tabs survive a parse. */
export function escapeXmlAttr(value: string): string {
  return toXmlChars(value).replace(/[&<>\r\u0085\u2028"'\n\t]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

/** `name="value" …` for the defined entries, escaped; numbers are written in full precision. */
export function xmlAttrs(attrs: Record<string, string | number | boolean | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) out += ` ${name}="${escapeXmlAttr(String(value))}"`;
  }
  return out;
}

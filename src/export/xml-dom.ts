import { SourcetraceError } from '../model';

/** The few DOM node members the readers use, so `src/` needs no DOM lib: a browser's DOMParser or xmldom fits. */
export interface XmlNodeLike {
  nodeType: number;
}

export interface XmlElementLike extends XmlNodeLike {
  readonly localName: string | null;
  readonly tagName: string;
  readonly childNodes: ArrayLike<XmlNodeLike>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

export interface XmlDocumentLike {
  readonly documentElement: XmlElementLike | null;
  getElementsByTagName(name: string): ArrayLike<XmlElementLike>;
}

/** A DOMParser-like object: `new DOMParser()` in a browser, `@xmldom/xmldom`'s in Node. */
export interface XmlParser {
  parseFromString(text: string, mimeType: 'application/xml'): XmlDocumentLike;
}

const ELEMENT_NODE = 1;

/** Local name without any namespace prefix (parsers differ on whether `localName` is set). */
export function nameOf(el: XmlElementLike): string {
  const name = el.localName ?? el.tagName;
  return name.slice(name.indexOf(':') + 1);
}

/** Child elements, optionally only those with the given local name. */
export function childElements(el: XmlElementLike, name?: string): XmlElementLike[] {
  const out: XmlElementLike[] = [];
  for (let i = 0; i < el.childNodes.length; i++) {
    const node = el.childNodes[i];
    if (node?.nodeType !== ELEMENT_NODE) continue;
    const child = node as XmlElementLike;
    if (name === undefined || nameOf(child) === name) out.push(child);
  }
  return out;
}

export function firstChild(el: XmlElementLike, name: string): XmlElementLike | undefined {
  return childElements(el, name)[0];
}

/**
 * Parses XML and returns its root element, or throws a SourcetraceError naming the module and file.
 * Browsers report errors as a `<parsererror>` element; xmldom may throw or return no root.
 */
export function parseXmlRoot(parser: XmlParser, text: string, module: string, file: string): XmlElementLike {
  let doc: XmlDocumentLike;
  try {
    doc = parser.parseFromString(text, 'application/xml');
  } catch (err) {
    throw new SourcetraceError(module, `${file}: not well-formed XML (${firstLine(err)})`);
  }
  const root = doc.documentElement;
  const failure = doc.getElementsByTagName('parsererror')[0];
  if (!root || failure) {
    const detail = failure?.textContent ? ` (${firstLine(failure.textContent)})` : '';
    throw new SourcetraceError(module, `${file}: not well-formed XML${detail}`);
  }
  return root;
}

function firstLine(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.trim().split('\n')[0]?.slice(0, 200) ?? '';
}

/** An attribute's value, or undefined when absent (xmldom answers '' rather than null for those). */
export function attrOf(el: XmlElementLike, name: string): string | undefined {
  return el.hasAttribute(name) ? (el.getAttribute(name) ?? '') : undefined;
}

/** `<node id="n3">`: how problems name the element they are about. */
export function describeElement(el: XmlElementLike, ...attrs: string[]): string {
  const parts = attrs.flatMap((a) => {
    const v = attrOf(el, a);
    return v === undefined ? [] : [`${a}="${v.slice(0, 80)}"`];
  });
  return `<${nameOf(el)}${parts.length ? ' ' + parts.join(' ') : ''}>`;
}

/**
 * The few DOM members the parsers use, typed structurally so `src/` needs no DOM lib: a browser's
 * DOMParser document and linkedom's both fit.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  localName?: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body?: DomElement | null;
  title?: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** Parses markup into a document, e.g. `(s) => new DOMParser().parseFromString(s, 'text/html')`. */
export type ParseMarkup = (markup: string) => DomDocument;

/** The parsers the HTML and feed readers need; pure code takes them as arguments. */
export interface MarkupParsers {
  parseHtml: ParseMarkup;
  /** For RSS/Atom; falls back to `parseHtml` when absent (HTML parsers keep unknown tags as elements). */
  parseXml?: ParseMarkup;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Lower-case tag name without namespace prefix handling surprises (`content:encoded` stays whole). */
export function tagName(node: DomNode): string {
  return node.nodeName.toLowerCase();
}

/** Direct element children whose tag is one of `names`. */
export function childElements(parent: DomNode, names: readonly string[]): DomElement[] {
  const out: DomElement[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (isElement(child) && names.includes(tagName(child))) out.push(child);
  }
  return out;
}

export function firstChildText(parent: DomNode, names: readonly string[]): string | undefined {
  for (const name of names) {
    const text = childElements(parent, [name])[0]?.textContent?.trim();
    if (text) return text;
  }
  return undefined;
}

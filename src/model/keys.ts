import type { EdgeKind, NodeKind } from './kinds';

const LEADING_ARTICLE = /^(the|a|an)\s+/;

/**
 * Normalises a name into a readable, deterministic slug: "The Wall Street Journal" → "wall-street-journal".
 * Accents fold ("Nicolás" → "nicolas") so spelling variants of one name meet on one key.
 */
export function slugify(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .trim();
  const slug = folded
    .replace(LEADING_ARTICLE, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'unnamed';
}

/** Node key `kind:slug`, e.g. `outlet:wall-street-journal`. Articles keep their own id as the slug. */
export function nodeKey(kind: NodeKind, name: string): string {
  return `${kind}:${kind === 'article' ? name : slugify(name)}`;
}

export function keyKind(key: string): NodeKind | undefined {
  const kind = key.slice(0, key.indexOf(':'));
  return (['article', 'outlet', 'person', 'organization', 'document', 'claim'] as const).find((k) => k === kind);
}

/** One edge per (kind, source, target): repeated attributions add evidence instead of parallel edges. */
export function edgeKey(kind: EdgeKind, source: string, target: string): string {
  return `${kind}|${source}|${target}`;
}

/** Short stable hash (FNV-1a, 32-bit, base36) for keys of long texts such as claims. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

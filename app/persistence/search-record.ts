import { NODE_KINDS, type NodeKind } from '../../src/model';
import type { SearchItem } from '../panels/search-index';

/**
 * The search record: what search knows of every node of the stored workspace (key, kind, label, aliases,
 * domain, degree), kept beside the first frame so a reopen can answer searches before the whole graph is
 * read. Columns, not one object per node, so property names are not repeated tens of thousands of times;
 * stored gzipped (search-storage.ts). Like the first frame it is a cache: when it is missing, outdated or
 * unreadable, search waits for the whole graph.
 */

/** Bump when the shape changes: an older record is then ignored (and rewritten once the graph is in). */
export const SEARCH_RECORD_VERSION = 1;

/** One node as search ranks it: the search index's own item, so the record and the index cannot drift. */
export type SearchEntry = SearchItem;

export interface SearchRecord {
  version: number;
  savedAt: string;
  /** Which review decisions were replayed onto the graph the entries describe (see decisionsFingerprint). */
  decisions: string;
  keys: string[];
  /** The kind names `kinds` points into, kept with the record so a reordered NODE_KINDS cannot misread it. */
  kindNames: string[];
  /** Each key's kind, as its position in `kindNames`. */
  kinds: number[];
  labels: string[];
  degrees: number[];
  /** [position, aliases] for the nodes that have aliases: most have none. */
  aliases: [number, string[]][];
  /** [position, domain] for the outlets that have a web domain. */
  domains: [number, string][];
}

/** The search record as stored: gzipped JSON (app/persistence/gzip-json.ts says why). */
export interface StoredSearch {
  version: number;
  bytes: ArrayBuffer;
}

/**
 * Which save of the graph the search store belongs to: every save of the graph writes a new mark (in its
 * own transaction, with the record's removal), and a record is only put while the mark is the one it was
 * made under (app/persistence/search-storage). Gzipping takes a while, and a save may land meanwhile: its graph must not get the old record.
 */
export interface GraphMark {
  mark: string;
}

export type SearchStoreValue = StoredSearch | GraphMark;

/**
 * A short fingerprint of a decision list: entries replayed with other decisions are other entries, so the
 * record is only used when the decisions read back are the ones it was made with. FNV-1a over the ids.
 */
export function decisionsFingerprint(decisions: readonly { id: string }[]): string {
  let hash = 0x811c9dc5;
  for (const d of decisions) {
    for (let i = 0; i < d.id.length; i++) hash = Math.imul(hash ^ d.id.charCodeAt(i), 0x01000193);
    hash = Math.imul(hash ^ 0x2c, 0x01000193); // a separator, so ["ab", "c"] and ["a", "bc"] differ
  }
  return `${decisions.length}:${(hash >>> 0).toString(16)}`;
}

const KIND_INDEX = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));

/** The record of `entries` (in the graph's node order, which search ties depend on). */
export function packSearchRecord(entries: readonly SearchEntry[], decisions: string): SearchRecord {
  const record: SearchRecord = {
    version: SEARCH_RECORD_VERSION,
    savedAt: new Date().toISOString(),
    decisions,
    kindNames: [...NODE_KINDS],
    keys: [],
    kinds: [],
    labels: [],
    degrees: [],
    aliases: [],
    domains: [],
  };
  entries.forEach((e, i) => {
    record.keys.push(e.key);
    record.kinds.push(KIND_INDEX.get(e.kind) ?? 0);
    record.labels.push(e.label);
    record.degrees.push(e.degree ?? 0);
    if (e.aliases.length > 0) record.aliases.push([i, [...e.aliases]]);
    if (e.domain !== undefined) record.domains.push([i, e.domain]);
  });
  return record;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** [position, value] pairs with positions inside `count`, or null. */
function pairs<T>(v: unknown, count: number, isValue: (x: unknown) => x is T): [number, T][] | null {
  if (!Array.isArray(v)) return null;
  for (const p of v) {
    if (!Array.isArray(p) || !Number.isInteger(p[0]) || p[0] < 0 || p[0] >= count || !isValue(p[1])) return null;
  }
  return v as [number, T][];
}

/**
 * The entries of `value` when it is a well-formed record of this version, with the decisions fingerprint
 * it was made with; null when absent, outdated or corrupt. Cheap: one pass over the columns.
 */
export function readSearchRecord(value: unknown): { entries: SearchEntry[]; decisions: string } | null {
  if (!isObject(value) || value.version !== SEARCH_RECORD_VERSION || typeof value.decisions !== 'string') return null;
  const { keys, kindNames, kinds, labels, degrees } = value;
  if (!isStrings(keys) || !isStrings(labels) || !Array.isArray(kinds) || !Array.isArray(degrees)) return null;
  if (!isStrings(kindNames) || !kindNames.every((k) => KIND_INDEX.has(k))) return null;
  const n = keys.length;
  if (labels.length !== n || kinds.length !== n || degrees.length !== n) return null;
  const aliases = pairs(value.aliases, n, isStrings);
  const domains = pairs(value.domains, n, (x): x is string => typeof x === 'string');
  if (!aliases || !domains) return null;
  const entries: SearchEntry[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kindNames[kinds[i] as number] as NodeKind | undefined;
    const degree = degrees[i];
    if (kind === undefined || typeof degree !== 'number' || !Number.isFinite(degree)) return null;
    entries.push({ key: keys[i]!, kind, label: labels[i]!, aliases: [], degree });
  }
  for (const [i, list] of aliases) entries[i]!.aliases = list;
  for (const [i, domain] of domains) entries[i]!.domain = domain;
  return { entries, decisions: value.decisions };
}

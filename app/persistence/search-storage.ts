import { gunzipJson, gzipJson } from './gzip-json';
import {
  readSearchRecord,
  SEARCH_RECORD_VERSION,
  type GraphMark,
  type SearchEntry,
  type SearchRecord,
  type SearchStoreValue,
  type StoredSearch,
} from './search-record';
import { CURRENT, type WorkspaceDb } from './workspace-db';

/** The key of the graph mark in the search store (the record itself is under CURRENT). */
export const GRAPH_MARK = 'graph';

/** A new mark for a save of the graph: unique enough for saves made in one browser profile. */
export const newGraphMark = (): GraphMark => ({ mark: `${Date.now()}-${Math.random().toString(36).slice(2)}` });

const markOf = (value: SearchStoreValue | undefined) => (value && 'mark' in value ? value.mark : null);

/** The stored record's entries and decisions fingerprint, or null when absent, outdated or unreadable. */
export async function loadSearch(db: WorkspaceDb): Promise<{ entries: SearchEntry[]; decisions: string } | null> {
  const stored = await db.get('search', CURRENT);
  if (!stored || !('bytes' in stored) || stored.version !== SEARCH_RECORD_VERSION) return null;
  if (!(stored.bytes instanceof ArrayBuffer)) return null;
  return readSearchRecord(await gunzipJson(stored.bytes));
}

/** Stores `record` unless the graph was saved again while it was being compressed (it is then of the old one). */
export async function saveSearch(db: WorkspaceDb, record: SearchRecord): Promise<boolean> {
  const before = markOf(await db.get('search', GRAPH_MARK));
  const bytes = await gzipJson(record);
  const tx = db.transaction('search', 'readwrite');
  if (markOf(await tx.store.get(GRAPH_MARK)) !== before) {
    await tx.done;
    return false;
  }
  const value: StoredSearch = { version: SEARCH_RECORD_VERSION, bytes };
  await Promise.all([tx.store.put(value, CURRENT), tx.done]);
  return true;
}

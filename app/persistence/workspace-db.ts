import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { SerializedSourcetraceGraph } from '../../src/model';
import type { ImportedArticle } from '../workers/ingest-types';
import type { FirstFrame } from './first-frame';
import type { GraphPart } from './graph-chunks';
import type { SearchStoreValue } from './search-record';

export const WORKSPACE_DB_NAME = 'sourcetrace';
/** Bump with a new `if (oldVersion < n)` step in `upgrade` when a store is added (e.g. review decisions). */
export const WORKSPACE_DB_VERSION = 4;
/** The one key of the `workspace` store: there is a single workspace per browser profile. */
export const CURRENT = 'current';

/**
 * The stored graph record; its presence means "a workspace exists", even an empty one after clearing. Since
 * version 4 its nodes and edges are in `graphParts` (keys 0 to parts − 1, see graph-chunks.ts) and `graph`
 * holds only the graph's own attributes; a record without `parts` holds the whole graph, as before.
 */
export interface StoredGraph {
  graph: SerializedSourcetraceGraph;
  parts?: number;
  savedAt: string;
}

/** Review decisions (version 2, written by app/review): unvalidated here, parsed when read back. */
export interface StoredDecisions {
  decisions: unknown[];
  savedAt: string;
}

/** The database's shape, for idb's typed transactions. */
export interface WorkspaceSchema extends DBSchema {
  workspace: { key: string; value: StoredGraph };
  articles: { key: string; value: ImportedArticle };
  decisions: { key: string; value: StoredDecisions };
  /** Version 3: what the canvas last drew of the stored graph, so a reopen paints before the graph is read. */
  firstFrame: { key: string; value: FirstFrame };
  /** Version 4: the stored graph's nodes and edges, in parts (numbered from 0). */
  graphParts: { key: number; value: GraphPart };
  /**
   * Version 4: what search knows of every node of the stored graph (gzipped), so a reopen can search before
   * the graph is read, and the mark of the graph's last save it belongs to.
   */
  search: { key: string; value: SearchStoreValue };
}

export type WorkspaceDb = IDBPDatabase<WorkspaceSchema>;

/** Opens (creating or upgrading) the workspace database. `name` lets tests use a fresh database each. */
export function openWorkspaceDb(name = WORKSPACE_DB_NAME): Promise<WorkspaceDb> {
  return openDB<WorkspaceSchema>(name, WORKSPACE_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('workspace');
        db.createObjectStore('articles', { keyPath: 'key' });
      }
      if (oldVersion < 2) db.createObjectStore('decisions');
      if (oldVersion < 3) db.createObjectStore('firstFrame');
      if (oldVersion < 4) {
        db.createObjectStore('graphParts');
        db.createObjectStore('search');
      }
    },
  });
}

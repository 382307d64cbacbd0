/**
 * Snapshots (`.sourcetrace.json`): the graph, its articles (or their hashes) and the view state, in a
 * versioned format `{ type, version, … }` whose reader migrates older versions or says which one is needed.
 */
export {
  SNAPSHOT_TYPE,
  SNAPSHOT_VERSION,
  snapshotSchema,
  viewStateSchema,
  type Snapshot,
  type ViewState,
  type SnapshotArticle,
  type ArticleRef,
} from './snapshot-schema';
export { createSnapshot, writeSnapshot, articlesFromGraph, type SnapshotInput } from './write-snapshot';
export { readSnapshot, restoreSnapshot, type SnapshotReadResult } from './read-snapshot';
export {
  migrateSnapshot,
  oldestReadableVersion,
  SNAPSHOT_MIGRATIONS,
  type SnapshotMigration,
} from './migrate-snapshot';
export { sha256Hex } from './sha256';

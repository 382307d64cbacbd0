/**
 * Export and snapshots in the app: the Export menu, the renderless controller that lends it the canvas
 * and restores views (from snapshots and share links), and the entry points other panels call with
 * dropped files. Share-link encoding lives in app/url.
 */
export { ExportMenu } from './ExportMenu';
export { ExportController } from './ExportController';
export {
  openWorkspaceFile,
  workspaceFileKind,
  SNAPSHOT_SUFFIX,
  GRAPH_SUFFIXES,
  type NamedText,
  type WorkspaceFileKind,
  type ReadWorkspaceFile,
} from './open-file';
export { buildFile, scopeFilter, scopeOutlets, FILE_FORMATS, type FileFormat, type ExportScope } from './build-export';
export { buildSnapshotFile, type ArticleMode } from './save-snapshot';
export { captureView, planRestore, applyStoreView, type StoreView, type RestorePlan } from './snapshot-view';
export { parseFilters, filtersOf, shownViewOf } from './view-state';

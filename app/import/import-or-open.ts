import { GRAPH_SUFFIXES, SNAPSHOT_SUFFIX, openWorkspaceFile } from '../export';
import type { AppStore } from '../store';

/** Snapshots and XML graph files open through the export side (view restore, foreign-tool columns). */
const OPENED_HERE = [SNAPSHOT_SUFFIX, ...GRAPH_SUFFIXES.filter((s) => s !== '.json')];

export function opensAsWorkspaceFile(name: string): boolean {
  const lower = name.toLowerCase();
  return OPENED_HERE.some((suffix) => lower.endsWith(suffix));
}

/**
 * One route for every way files arrive (drop, picker): snapshots restore their view, GraphML/GEXF merge
 * with their columns mapped, and everything else — articles, feeds, our graph JSON — goes to the import worker.
 */
export async function importOrOpen(store: AppStore, files: readonly File[]): Promise<void> {
  const opened = files.filter((f) => opensAsWorkspaceFile(f.name));
  const articles = files.filter((f) => !opensAsWorkspaceFile(f.name));
  for (const file of opened) await openWorkspaceFile(store, file);
  if (articles.length > 0) await store.getState().importFiles(articles);
}

import { exportFileName } from '../../src/export';
import { writeSnapshot } from '../../src/snapshot';
import type { AppState } from '../store';
import type { BuiltFile } from './build-export';
import { captureView } from './snapshot-view';

/** `full` keeps every article's text in the file; `refs` keeps ids and SHA-256 hashes only. */
export type ArticleMode = 'full' | 'refs';

/**
 * The `.sourcetrace.json` file for what is on screen: the whole graph (filters are view state, saved
 * beside it, never applied to it), its articles, positions, filters, selection and viewport.
 */
export async function buildSnapshotFile(state: AppState, articleMode: ArticleMode, date: Date): Promise<BuiltFile> {
  const text = await writeSnapshot({ graph: state.graph, view: captureView(state), articleMode, createdAt: date });
  return {
    blob: new Blob([text], { type: 'application/json' }),
    fileName: exportFileName('sourcetrace.json', date),
  };
}

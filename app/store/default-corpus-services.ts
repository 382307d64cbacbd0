import { createWorkspaceStorage, WORKSPACE_DB_NAME } from '../persistence';
import { ingestInWorker } from '../workers/run-ingest-in-worker';
import { loadWorkspaceInWorker } from '../workers/load-workspace-in-worker';
import type { CorpusServices } from './app-state';

let services: CorpusServices | undefined;

/** Two animation frames: the second begins after the frame the first one's changes were painted in. */
const afterFirstFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * The app's real services, made on first use: the ingest worker and the IndexedDB workspace, whose whole
 * graph is read and checked in a worker (the page only rebuilds it, after painting the first frame).
 */
export function defaultCorpusServices(): CorpusServices {
  return (services ??= {
    startIngest: ingestInWorker(WORKSPACE_DB_NAME),
    storage: { ...createWorkspaceStorage(), load: () => loadWorkspaceInWorker(WORKSPACE_DB_NAME) },
    afterFirstFrame,
  });
}

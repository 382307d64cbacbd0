import { createWorkspaceStorage, WORKSPACE_DB_NAME } from '../persistence';
import { ingestInWorker } from '../workers/run-ingest-in-worker';
import type { CorpusServices } from './app-state';

let services: CorpusServices | undefined;

/** Two animation frames: the second begins after the frame the first one's changes were painted in. */
const afterFirstFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The app's real services, made on first use: the ingest worker and the IndexedDB workspace. */
export function defaultCorpusServices(): CorpusServices {
  return (services ??= {
    startIngest: ingestInWorker(WORKSPACE_DB_NAME),
    storage: createWorkspaceStorage(),
    afterFirstFrame,
  });
}

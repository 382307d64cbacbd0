import type { Workspace } from '../persistence/workspace-storage';
import { graphFromTrustedJson } from './trusted-graph';
import type { WorkspaceLoadRequest, WorkspaceLoadResponse } from './workspace-load-protocol';

const realWorker = () => new Worker(new URL('./workspace-load.worker.ts', import.meta.url), { type: 'module' });

/**
 * Loads the stored workspace `db` in a Web Worker, which reads and checks it (as `WorkspaceStorage.load`
 * does on the page); the page only rebuilds the graph. Null when none is stored; rejects, naming the
 * module, when it is unreadable or the worker fails. The worker ends when it has answered.
 */
export function loadWorkspaceInWorker(db: string, createWorker: () => Worker = realWorker): Promise<Workspace | null> {
  const worker = createWorker();
  return new Promise<Workspace | null>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkspaceLoadResponse>) => {
      worker.terminate();
      const msg = event.data;
      if (msg.type === 'error') return reject(new Error(msg.message));
      const { workspace } = msg;
      resolve(workspace && { graph: graphFromTrustedJson(workspace.graph), articles: workspace.articles });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`app/workspace-load.worker: ${event.message || 'failed to start'}`));
    };
    worker.postMessage({ type: 'load', db } satisfies WorkspaceLoadRequest);
  });
}

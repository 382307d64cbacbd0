/// <reference lib="webworker" />
import { readCheckedWorkspace } from '../persistence/workspace-storage';
import type { WorkspaceLoadRequest, WorkspaceLoadResponse } from './workspace-load-protocol';

// Reading a large workspace out of IndexedDB and checking it takes seconds: here, the page paints the
// first frame meanwhile and only rebuilds the graph from JSON that was checked.
const post = (message: WorkspaceLoadResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<WorkspaceLoadRequest>) => {
  try {
    post({ type: 'loaded', workspace: await readCheckedWorkspace(event.data.db) });
  } catch (err) {
    const text = (err as Error).message;
    post({
      type: 'error',
      message: text.startsWith('app/persistence') ? text : `app/persistence: could not read the workspace: ${text}`,
    });
  }
};

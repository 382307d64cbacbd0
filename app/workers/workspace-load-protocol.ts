import type { CheckedWorkspace } from '../persistence/workspace-storage';

/** Main thread → workspace-load worker: which IndexedDB workspace to read. */
export type WorkspaceLoadRequest = { type: 'load'; db: string };

/** Workspace-load worker → main thread: the checked workspace (null when none is stored), or why not. */
export type WorkspaceLoadResponse =
  { type: 'loaded'; workspace: CheckedWorkspace | null } | { type: 'error'; message: string };

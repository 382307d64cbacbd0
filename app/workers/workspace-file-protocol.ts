import type { WorkspaceFileRead } from './read-workspace-file';

/** Main thread → workspace-file worker: the file itself (structured-cloned; its text is read in the worker). */
export type WorkspaceFileRequest = { type: 'read'; file: File };

/** Workspace-file worker → main thread: what the file held, or why the worker itself failed. */
export type WorkspaceFileResponse = { type: 'read'; read: WorkspaceFileRead } | { type: 'error'; message: string };

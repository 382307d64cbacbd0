/** Persistence: the workspace (graph + imported articles) in IndexedDB, written in one transaction. */
export { createWorkspaceStorage, type SaveMode, type Workspace, type WorkspaceStorage } from './workspace-storage';
export { openWorkspaceDb, WORKSPACE_DB_NAME, WORKSPACE_DB_VERSION, type WorkspaceSchema } from './workspace-db';

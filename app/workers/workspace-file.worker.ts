/// <reference lib="webworker" />
import { strictXmldomParser } from '../../src/export/xmldom-parser';
import { readWorkspaceFile } from './read-workspace-file';
import type { WorkspaceFileRequest, WorkspaceFileResponse } from './workspace-file-protocol';

// Parsing and validating a large GraphML, GEXF or snapshot takes seconds: done here, the page keeps drawing.
const post = (message: WorkspaceFileResponse) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<WorkspaceFileRequest>) => {
  try {
    post({ type: 'read', read: await readWorkspaceFile(event.data.file, strictXmldomParser()) });
  } catch (err) {
    post({ type: 'error', message: `app/workspace-file.worker: ${event.data.file.name}: ${(err as Error).message}` });
  }
};

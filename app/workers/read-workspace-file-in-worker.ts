import type { WorkspaceFileRead } from './read-workspace-file';
import type { NamedText } from './workspace-file-kind';
import type { WorkspaceFileRequest, WorkspaceFileResponse } from './workspace-file-protocol';

const realWorker = () => new Worker(new URL('./workspace-file.worker.ts', import.meta.url), { type: 'module' });

/**
 * Reads and validates a snapshot or graph file in a Web Worker, one worker per file, ended when it answers.
 * Rejects only when the worker itself fails; a bad file resolves as `refused` with its reasons.
 */
export async function readWorkspaceFileInWorker(
  file: NamedText,
  createWorker: () => Worker = realWorker,
): Promise<WorkspaceFileRead> {
  // Files from the picker or a drop cross as they are; anything else (pasted text) becomes one.
  const blob = file instanceof File ? file : new File([await file.text()], file.name);
  const worker = createWorker();
  return new Promise<WorkspaceFileRead>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkspaceFileResponse>) => {
      worker.terminate();
      const msg = event.data;
      if (msg.type === 'read') resolve(msg.read);
      else reject(new Error(msg.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`app/workspace-file.worker: ${file.name}: ${event.message || 'failed to start'}`));
    };
    worker.postMessage({ type: 'read', file: blob } satisfies WorkspaceFileRequest);
  });
}

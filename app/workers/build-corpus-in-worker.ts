import { deserializeGraph, type SourcetraceGraph } from '../../src/model';
import type { IngestProblem } from '../../src/ingest';
import type { CorpusFile } from './build-corpus';
import type { CorpusRequest, CorpusResponse } from './build-corpus-protocol';

export interface WorkerBuild {
  graph: SourcetraceGraph;
  articles: number;
  problems: IngestProblem[];
}

/**
 * Builds a corpus graph in a Web Worker and validates what comes back (deserializeGraph), so a worker
 * bug cannot put an invalid graph in the store. The worker ends when the build does.
 */
export function buildCorpusInWorker(
  request: { files?: CorpusFile[]; urls?: string[] },
  onProgress?: (done: number, total: number) => void,
): Promise<WorkerBuild> {
  const worker = new Worker(new URL('./build-corpus.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<WorkerBuild>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CorpusResponse>) => {
      const msg = event.data;
      if (msg.type === 'progress') {
        onProgress?.(msg.done, msg.total);
        return;
      }
      worker.terminate();
      if (msg.type === 'error') reject(new Error(msg.message));
      else {
        try {
          resolve({ graph: deserializeGraph(msg.graph), articles: msg.articles, problems: msg.problems });
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        }
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`app/build-corpus.worker: ${event.message || 'failed to start'}`));
    };
    worker.postMessage({ type: 'build', ...request } satisfies CorpusRequest);
  });
}

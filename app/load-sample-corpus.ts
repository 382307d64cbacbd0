import corpusUrl from '../data/sample/corpus.jsonl?url';
import type { AppStore } from './store';
import { buildCorpusInWorker } from './workers/build-corpus-in-worker';

/**
 * Start-up: extracts the bundled sample corpus in a worker and puts the graph in the store. A failure
 * is recorded in the store (and shown), never thrown at React.
 */
export async function loadSampleCorpus(store: AppStore): Promise<void> {
  const { setProgress, setGraph, setProblems, setLoadError } = store.getState();
  try {
    const built = await buildCorpusInWorker({ urls: [new URL(corpusUrl, location.href).href] }, (done, total) =>
      setProgress({ done, total }),
    );
    setGraph(built.graph);
    setProblems(built.problems.map((p) => p.message));
  } catch (err) {
    setLoadError(err instanceof Error ? err.message : String(err));
  }
}

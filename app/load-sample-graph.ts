import sampleGraphUrl from '../data/sample-graph.json?url';
import type { AppStore } from './store';

/**
 * Fetches the bundled sample graph and loads it through the validating parser (it is treated as
 * untrusted like any other input). A failure is recorded in the store, never thrown at React.
 */
export async function loadSampleGraph(store: AppStore, fetchFn: typeof fetch = fetch): Promise<void> {
  try {
    const res = await fetchFn(sampleGraphUrl);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    store.getState().loadGraphJson(await res.text());
  } catch (err) {
    store.getState().setLoadError(`app/load-sample-graph: ${sampleGraphUrl}: ${(err as Error).message}`);
  }
}

/// <reference lib="webworker" />
import { serializeGraph } from '../../src/model';
import { buildCorpus, type CorpusFile } from './build-corpus';
import type { CorpusRequest, CorpusResponse } from './build-corpus-protocol';

// Extraction (wink-nlp) is the slow part: it runs here so the UI keeps drawing.
const post = (message: CorpusResponse) => self.postMessage(message);

async function fetchFile(url: string): Promise<CorpusFile> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return { name: url.split('/').pop() ?? url, text: await res.text() };
}

self.onmessage = async (event: MessageEvent<CorpusRequest>) => {
  try {
    const fetched = await Promise.all((event.data.urls ?? []).map(fetchFile));
    const files = [...(event.data.files ?? []), ...fetched];
    const built = buildCorpus(files, (done, total) => post({ type: 'progress', done, total }));
    post({ type: 'done', graph: serializeGraph(built.graph), articles: built.articles, problems: built.problems });
  } catch (err) {
    post({ type: 'error', message: `app/build-corpus.worker: ${(err as Error).message}` });
  }
};

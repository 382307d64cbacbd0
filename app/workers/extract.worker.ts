/// <reference lib="webworker" />
import { linkedomParsers } from '../../src/ingest/linkedom-parsers';
import { extractFile } from './extract-file';
import type { ExtractMessage, ExtractTask } from './extract-protocol';

// One of the import's extraction workers: it holds its own copy of the attribution model (decoded on its
// first article) and extracts whole files, touching no workspace; the import worker merges what it sends.
const post = (message: ExtractMessage) => self.postMessage(message);

self.onmessage = async ({ data: { id, file } }: MessageEvent<ExtractTask>) => {
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    post({
      type: 'result',
      id,
      extraction: extractFile(file.name, bytes, linkedomParsers, () => post({ type: 'article', id })),
    });
  } catch (err) {
    // Reading the file failed (it changed or vanished since it was picked): the file is reported, not the import.
    const problems = [`app/ingest: ${file.name}: could not be read: ${(err as Error).message}`];
    const report = { file: file.name, format: null, articles: 0, summaries: 0, graphs: 0, problems };
    post({ type: 'result', id, extraction: { report, graphs: [], articles: [] } });
  }
};

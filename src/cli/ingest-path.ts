import { open, readFile, stat } from 'node:fs/promises';
import type { IngestResult } from '../ingest';
import { ingestFile, MAX_FILE_BYTES } from '../ingest';
import { tooLarge } from '../ingest/decode-text';
import { looksLikeGraphHead } from '../ingest/detect-format';
import { linkedomParsers } from '../ingest/linkedom-parsers';
import { MAX_GRAPH_BYTES, parseGraphBytes } from '../ingest/parse-graph-bytes';

const HEAD_BYTES = 4096;

async function readHead(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return new TextDecoder().decode(buffer.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}

/**
 * Reads one input file from disk with the limit that fits what it is: graph JSON (a whole corpus, up to
 * 1 GB, read piecewise) or an article file (20 MB). The size is checked before anything is read, so an
 * oversize file costs nothing. Shared by `build` and `extract`.
 */
export async function ingestPath(path: string, display: string): Promise<IngestResult> {
  const size = (await stat(path)).size;
  const graph = size > 0 && looksLikeGraphHead(await readHead(path));
  const limit = graph ? MAX_GRAPH_BYTES : MAX_FILE_BYTES;
  if (size > limit) {
    const message = `ingest${graph ? '/graph' : ''}: ${tooLarge(size, limit)}`;
    return {
      file: display,
      format: graph ? 'graph' : null,
      articles: [],
      graphs: [],
      problems: [{ file: display, message, ...(graph ? { fatal: true } : {}) }],
    };
  }
  const bytes = await readFile(path);
  if (!graph) return ingestFile(display, bytes, { parsers: linkedomParsers });
  const result = parseGraphBytes(bytes, display);
  result.problems.forEach((p) => (p.fatal = true));
  return result;
}

import type { MarkupParsers } from '../../src/ingest';
import { createGraph, type SourcetraceGraph } from '../../src/model';
import { extractFile } from './extract-file';
import { createIngestMerger, type IngestMerger, type IngestResultBatch } from './ingest-merger';
import type { FileReport } from './ingest-types';

export type { IngestResultBatch } from './ingest-merger';
export { highlightsOf } from './import-highlights';

/**
 * One import on a single thread: each file extracted, then merged into `graph`, a copy of the workspace.
 * The same two steps the worker pool runs, with the same merge order, so the results are the same.
 */
export interface IngestBatch {
  graph: SourcetraceGraph;
  merger: IngestMerger;
  reports: readonly FileReport[];
}

export function createBatch(base: SourcetraceGraph = createGraph()): IngestBatch {
  const merger = createIngestMerger(base);
  return { graph: base, merger, reports: merger.reports };
}

/** Reads one file into the batch. Never throws on bad input: what was skipped is in the report. */
export function addFileToBatch(
  batch: IngestBatch,
  name: string,
  bytes: Uint8Array,
  parsers: MarkupParsers,
  onArticle?: () => void,
): FileReport {
  return batch.merger.add(extractFile(name, bytes, parsers, onArticle));
}

/** Merges entities across the corpus, clusters claims and places highlights. */
export function finishBatch(batch: IngestBatch): IngestResultBatch {
  return batch.merger.finish();
}

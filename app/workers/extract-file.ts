import type { Attribution } from '../../src/extract';
import { extractArticle } from '../../src/corpus';
import { ingestFile, type IngestedArticle, type MarkupParsers } from '../../src/ingest';
import { serializeGraph, type SerializedSourcetraceGraph } from '../../src/model';
import type { FileReport } from './ingest-types';

/**
 * One article as an extraction worker hands it over: its own graph (JSON, to cross the worker boundary),
 * the reader spans, and the input it came from, so the merge can re-extract it under a derived id when
 * its id turns out to be taken by a different text (only known once the articles before it are merged).
 */
export interface ExtractedFileArticle {
  input: IngestedArticle;
  articleKey: string;
  graph: SerializedSourcetraceGraph;
  attributions: Attribution[];
}

/** What one file gave before any merging: its report, its whole graphs, and its extracted articles in order. */
export interface FileExtraction {
  report: FileReport;
  graphs: SerializedSourcetraceGraph[];
  articles: ExtractedFileArticle[];
}

/**
 * Reads one file (any supported format) and extracts each article, touching no workspace: what it returns
 * depends on the file alone, so any worker can do it and the merge order alone decides the result. Never
 * throws on bad input: what was skipped is in the report.
 */
export function extractFile(
  name: string,
  bytes: Uint8Array,
  parsers: MarkupParsers,
  onArticle?: () => void,
): FileExtraction {
  const result = ingestFile(name, bytes, { parsers });
  const report: FileReport = {
    file: name,
    format: result.format,
    articles: 0,
    summaries: 0,
    graphs: result.graphs.length,
    problems: result.problems.map((p) => p.message),
  };
  const articles: ExtractedFileArticle[] = [];
  result.articles.forEach((input, i) => {
    try {
      const { articleKey, graph, attributions } = extractArticle(input);
      articles.push({ input, articleKey, graph: serializeGraph(graph), attributions });
      report.articles++;
      if (input.summary) report.summaries++;
    } catch (err) {
      const which = input.title ?? input.id ?? `#${i + 1}`;
      report.problems.push(`app/ingest: ${name}: article ${which}: ${(err as Error).message}`);
    }
    onArticle?.();
  });
  return { report, graphs: result.graphs.map(serializeGraph), articles };
}

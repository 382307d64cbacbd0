import type { Attribution } from '../../src/extract';
import { articleIdConflict, createCorpusMerger, extractArticle } from '../../src/corpus';
import { mergeGraphs, type SourcetraceGraph } from '../../src/model';
import type { FileExtraction } from './extract-file';
import { highlightsOf } from './import-highlights';
import type { FileReport, ImportedArticle } from './ingest-types';
import { graphFromTrustedJson } from './trusted-graph';

/** What an import produced: the whole next workspace graph, the new articles' reader spans, the file reports. */
export interface IngestResultBatch {
  graph: SourcetraceGraph;
  articles: ImportedArticle[];
  reports: FileReport[];
}

/**
 * Merges files' extractions into a workspace graph one file at a time, in the order `add` is called —
 * the one thing the result depends on, so callers hand files over in input order whichever worker
 * extracted them. Corpus-wide steps (entities across the corpus, claim clusters) run once, in `finish`.
 */
export interface IngestMerger {
  /** The graph being merged into (the workspace copy the merger was made with). */
  readonly graph: SourcetraceGraph;
  /** The reports of the files merged so far, in order. */
  readonly reports: readonly FileReport[];
  /** Merges one file's graphs and articles; the returned report is the file's, after any renamed re-extraction. */
  add(extraction: FileExtraction): FileReport;
  /** Articles merged so far. */
  merged(): number;
  finish(): IngestResultBatch;
}

interface Placed {
  key: string;
  file: string;
  attributions: Attribution[];
}

/**
 * `graph` starts as a copy of the workspace, so cross-corpus merging (entities by alias, claim clusters,
 * duplicate articles) sees everything already loaded. Its articles are the worker's own extractions
 * (trusted JSON), checked against the graph as it stands when their turn comes.
 */
export function createIngestMerger(graph: SourcetraceGraph): IngestMerger {
  const merger = createCorpusMerger(graph);
  const placed: Placed[] = [];
  const reports: FileReport[] = [];
  const add = ({ report, graphs, articles }: FileExtraction): FileReport => {
    for (const g of graphs) mergeGraphs(graph, graphFromTrustedJson(g));
    for (const a of articles) {
      // An id already taken by a different text: extracted again under a derived id, so evidence never mixes
      // texts. Rare (the same id in two files, or re-imported after an edit), so done here, not in a worker.
      const renamed = articleIdConflict(graph, a.input);
      let key = a.articleKey;
      let attributions = a.attributions;
      let articleGraph: SourcetraceGraph;
      try {
        if (renamed) ({ articleKey: key, attributions, graph: articleGraph } = extractArticle(renamed));
        else articleGraph = graphFromTrustedJson(a.graph);
      } catch (err) {
        report.articles--;
        if (a.input.summary) report.summaries--;
        const which = a.input.title ?? renamed?.id ?? key;
        report.problems.push(`app/ingest: ${report.file}: article ${which}: ${(err as Error).message}`);
        continue;
      }
      merger.add({ result: { articleKey: key, graph: articleGraph }, links: a.input.links });
      placed.push({ key, file: report.file, attributions });
    }
    reports.push(report);
    return report;
  };
  return {
    graph,
    reports,
    add,
    merged: () => placed.length,
    finish() {
      merger.finish();
      const articles = placed.map(({ key, file, attributions }) => ({
        key,
        file,
        highlights: highlightsOf(graph, key, attributions),
      }));
      return { graph, articles, reports };
    },
  };
}

import { normaliseClaim, type Attribution } from '../../src/extract';
import { extractArticle } from '../../src/corpus';
import { ingestFile, type MarkupParsers } from '../../src/ingest';
import { articleIdConflict, mergeExtracted, type ExtractedArticle } from '../../src/corpus';
import { createGraph, edgeKey, hashText, mergeGraphs, type SourcetraceGraph } from '../../src/model';
import type { FileReport, Highlight, HighlightTarget, ImportedArticle } from './ingest-types';

/** One article extracted but not merged yet: merging happens once per import, then highlights are placed. */
interface Pending {
  extracted: ExtractedArticle;
  attributions: Attribution[];
  file: string;
}

/**
 * One import in progress: `graph` starts as a copy of the workspace, so cross-corpus merging (entities by
 * alias, claim clusters, duplicate articles) sees everything already loaded. Finished by `finishBatch`.
 */
export interface IngestBatch {
  graph: SourcetraceGraph;
  pending: Pending[];
  reports: FileReport[];
}

/** What an import produced: the whole next workspace graph, the new articles' reader spans, the file reports. */
export interface IngestResultBatch {
  graph: SourcetraceGraph;
  articles: ImportedArticle[];
  reports: FileReport[];
}

export function createBatch(base: SourcetraceGraph = createGraph()): IngestBatch {
  return { graph: base, pending: [], reports: [] };
}

/** The claim node an attribution's content ended in: its own key, or the cluster it was folded into. */
function claimTarget(graph: SourcetraceGraph, articleKey: string, a: Attribution): string | null {
  const own = `claim:${hashText(normaliseClaim(a.content.text))}`;
  if (graph.hasNode(own)) return own;
  if (!graph.hasNode(articleKey)) return null;
  // Folded: the article's `reports` edge whose evidence sentence holds this content leads to the representative.
  for (const edge of graph.outEdges(articleKey)) {
    const attrs = graph.getEdgeAttributes(edge);
    if (attrs.kind !== 'reports') continue;
    const holds = attrs.evidence.some(
      (e) => e.article === articleKey && e.start <= a.content.start && e.end >= a.content.end,
    );
    if (holds) return graph.target(edge);
  }
  return null;
}

/**
 * Spans to mark in the reader, each pointing at the element it stands for in the final graph: the source
 * node, the stance edge for the cue (or the source), the claim node for the content. Sorted by position.
 */
export function highlightsOf(
  graph: SourcetraceGraph,
  articleKey: string,
  attributions: readonly Attribution[],
): Highlight[] {
  const out: Highlight[] = [];
  for (const a of attributions) {
    const claim = claimTarget(graph, articleKey, a);
    const source = a.source && graph.hasNode(a.source.key) ? a.source.key : null;
    const node = (key: string | null): HighlightTarget | null => (key ? { type: 'node', key } : null);
    const stance = source && claim ? edgeKey(a.stance, source, claim) : '';
    const cue: HighlightTarget | null = graph.hasEdge(stance) ? { type: 'edge', key: stance } : node(source);
    if (a.source) out.push({ start: a.source.start, end: a.source.end, role: 'source', target: node(source) });
    out.push({ start: a.cue.start, end: a.cue.end, role: 'cue', target: cue });
    out.push({ start: a.content.start, end: a.content.end, role: 'claim', target: node(claim) });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * Reads one file into the batch: ingest (any supported format), extract each article. Graph files merge
 * at once; articles merge in `finishBatch`. Never throws on bad input: what was skipped is in the report.
 */
export function addFileToBatch(
  batch: IngestBatch,
  name: string,
  bytes: Uint8Array,
  parsers: MarkupParsers,
  onArticle?: () => void,
): FileReport {
  const result = ingestFile(name, bytes, { parsers });
  const report: FileReport = {
    file: name,
    format: result.format,
    articles: 0,
    summaries: 0,
    graphs: result.graphs.length,
    problems: result.problems.map((p) => p.message),
  };
  for (const g of result.graphs) mergeGraphs(batch.graph, g);
  result.articles.forEach((original, i) => {
    try {
      const article = articleIdConflict(batch.graph, original) ?? original;
      const { articleKey, graph, attributions } = extractArticle(article);
      batch.pending.push({
        extracted: { result: { articleKey, graph }, links: article.links },
        attributions,
        file: name,
      });
      report.articles++;
      if (article.summary) report.summaries++;
    } catch (err) {
      const which = original.title ?? original.id ?? `#${i + 1}`;
      report.problems.push(`app/ingest: ${name}: article ${which}: ${(err as Error).message}`);
    }
    onArticle?.();
  });
  batch.reports.push(report);
  return report;
}

/** Merges the extracted articles (entities across the corpus, link citations, claim clusters) and places highlights. */
export function finishBatch(batch: IngestBatch): IngestResultBatch {
  mergeExtracted(
    batch.graph,
    batch.pending.map((p) => p.extracted),
  );
  const articles = batch.pending.map(({ extracted, attributions, file }) => ({
    key: extracted.result.articleKey,
    file,
    highlights: highlightsOf(batch.graph, extracted.result.articleKey, attributions),
  }));
  return { graph: batch.graph, articles, reports: batch.reports };
}

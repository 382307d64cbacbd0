import type { ExtractOptions, ExtractionResult } from '../extract';
import { extractArticle } from './extract-article';
import type { ArticleLink, IngestedArticle } from '../ingest';
import type { SourcetraceGraph } from '../model';
import { createGraph, hashText, mergeGraphs, nodeKey } from '../model';
import { clusterClaims, foldIncomingClaims } from './cluster-claims';
import { consolidateEntities } from './consolidate-entities';
import { addLinkCites } from './link-cites';
import type { OutletDirectory } from './outlet-directory';
import { outletDirectory } from './outlet-directory';

export interface CorpusOptions extends ExtractOptions {
  /** Called after each article is extracted and merged. */
  onProgress?: (done: number, total: number) => void;
}

/** What a build step did, for summaries and tests. */
export interface CorpusReport {
  /** Article keys newly added, in input order. */
  added: string[];
  /** Articles already present with the same text (loaded twice): merged idempotently, not counted as added. */
  duplicates: number;
  /** Articles whose id was taken by a different text: given a derived id `<id>~<hash>`. */
  renamed: number;
  entitiesMerged: number;
  claimsFolded: number;
  linkCites: number;
}

/** An extraction to merge: the article's own graph plus the body links the ingest parser kept. */
export interface ExtractedArticle {
  result: Pick<ExtractionResult, 'articleKey' | 'graph'>;
  links?: readonly ArticleLink[];
}

const emptyReport = (): CorpusReport => ({
  added: [],
  duplicates: 0,
  renamed: 0,
  entitiesMerged: 0,
  claimsFolded: 0,
  linkCites: 0,
});

/** An article whose id is already used by a different text gets a derived one, so evidence never mixes texts. */
export function articleIdConflict(graph: SourcetraceGraph, article: IngestedArticle): IngestedArticle | undefined {
  const key = nodeKey('article', article.id ?? hashText(article.text));
  if (!graph.hasNode(key)) return undefined;
  const existing = graph.getNodeAttributes(key);
  if (existing.kind === 'article' && existing.text === article.text) return undefined;
  return { ...article, id: `${article.id ?? hashText(article.text)}~${hashText(article.text + '\u0000')}` };
}

function mergeOne(graph: SourcetraceGraph, ex: ExtractedArticle, dir: OutletDirectory, report: CorpusReport) {
  const { articleKey, graph: articleGraph } = ex.result;
  if (graph.hasNode(articleKey)) report.duplicates++;
  else report.added.push(articleKey);
  report.claimsFolded += foldIncomingClaims(graph, articleGraph);
  mergeGraphs(graph, articleGraph);
  if (ex.links?.length) report.linkCites += addLinkCites(graph, articleKey, ex.links, dir);
}

/** Merges extractions one at a time (as workers deliver them) and runs the corpus-wide steps once, at the end. */
export interface CorpusMerger {
  add(extracted: ExtractedArticle): void;
  /** How many new articles were merged so far. */
  added(): number;
  /** Merges a whole graph (e.g. a previous build); its claims join the clustering. */
  addGraph(other: SourcetraceGraph): void;
  /** Merges entities across the corpus and clusters the new claims; call once after the last `add`. */
  finish(): CorpusReport;
}

export function createCorpusMerger(graph: SourcetraceGraph, options: ExtractOptions = {}): CorpusMerger {
  const dir = outletDirectory(options.outlets);
  const report = emptyReport();
  const claims = new Set<string>();
  return {
    add: (ex) => mergeOne(graph, ex, dir, report),
    added: () => report.added.length,
    addGraph(other) {
      other.forEachNode((key, attrs) => {
        if (attrs.kind === 'claim' && !graph.hasNode(key)) claims.add(key);
      });
      mergeGraphs(graph, other);
    },
    finish() {
      report.entitiesMerged = consolidateEntities(graph, dir);
      // Claims of whole graphs merged with addGraph still need clustering; article claims were folded on entry.
      report.claimsFolded += clusterClaims(graph, claims);
      claims.clear();
      return report;
    },
  };
}

/**
 * Merges already-extracted articles (e.g. from worker threads) into `graph`, then merges entities
 * across the corpus and clusters near-duplicate claims among the new ones and the existing ones.
 */
export function mergeExtracted(
  graph: SourcetraceGraph,
  extracted: Iterable<ExtractedArticle>,
  options: ExtractOptions = {},
): CorpusReport {
  const merger = createCorpusMerger(graph, options);
  for (const ex of extracted) merger.add(ex);
  return merger.finish();
}

/** Names of gazetteer outlets present in the graph, so short names ("the Journal") resolve corpus-wide. */
function seenOutletNames(graph: SourcetraceGraph, dir: OutletDirectory): Set<string> {
  const seen = new Set<string>();
  graph.forEachNode((_key, attrs) => {
    const entry = attrs.kind === 'outlet' ? dir.byName(attrs.label) : undefined;
    if (entry) seen.add(entry.name);
  });
  return seen;
}

/**
 * Extracts each article and merges it into `graph` in place (incremental import): entities merge by
 * key and alias, link citations become `cites` edges, near-duplicate claims cluster.
 */
export function addArticles(
  graph: SourcetraceGraph,
  articles: readonly IngestedArticle[],
  options: CorpusOptions = {},
): CorpusReport {
  const dir = outletDirectory(options.outlets);
  const merger = createCorpusMerger(graph, options);
  const seenOutlets = seenOutletNames(graph, dir);
  let renamed = 0;
  articles.forEach((original, i) => {
    const conflict = articleIdConflict(graph, original);
    if (conflict) renamed++;
    const article = conflict ?? original;
    const result = extractArticle(article, { ...options, seenOutlets });
    result.graph.forEachNode((_key, attrs) => {
      const entry = attrs.kind === 'outlet' ? dir.byName(attrs.label) : undefined;
      if (entry) seenOutlets.add(entry.name);
    });
    merger.add({ result, links: article.links });
    options.onProgress?.(i + 1, articles.length);
  });
  return { ...merger.finish(), renamed };
}

/** Builds a corpus graph from scratch: `addArticles` on an empty graph. */
export function buildCorpusGraph(
  articles: readonly IngestedArticle[],
  options: CorpusOptions = {},
): { graph: SourcetraceGraph; report: CorpusReport } {
  const graph = createGraph();
  const report = addArticles(graph, articles, options);
  return { graph, report };
}

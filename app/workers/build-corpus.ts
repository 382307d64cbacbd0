import { buildCorpusGraph } from '../../src/corpus';
import { parseJsonl, type IngestProblem } from '../../src/ingest';
import type { SourcetraceGraph } from '../../src/model';

export interface CorpusFile {
  name: string;
  text: string;
}

export interface CorpusBuild {
  graph: SourcetraceGraph;
  articles: number;
  /** Lines or articles that could not be used, each naming its file and why; the rest still load. */
  problems: IngestProblem[];
}

/**
 * Builds one graph from JSON Lines article files: ingest each line, then the corpus build (extract every
 * article, merge entities across articles, cluster claims). Pure apart from `onProgress`; runs in the
 * worker and in tests.
 */
export function buildCorpus(
  files: readonly CorpusFile[],
  onProgress?: (done: number, total: number) => void,
): CorpusBuild {
  const parsed = files.map((f) => parseJsonl(f.text, f.name));
  const articles = parsed.flatMap((r) => r.articles);
  const problems = parsed.flatMap((r) => r.problems);
  const { graph } = buildCorpusGraph(articles, onProgress ? { onProgress } : {});
  return { graph, articles: articles.length, problems };
}

import { extractArticle } from '../../src/extract';
import { parseJsonl, type IngestProblem } from '../../src/ingest';
import { createGraph, mergeGraphs, type SourcetraceGraph } from '../../src/model';

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
 * Builds one graph from JSON Lines article files: ingest each line, extract each article, merge the
 * article graphs (entities meet by key). Pure apart from `onProgress`; runs in the worker and in tests.
 */
export function buildCorpus(
  files: readonly CorpusFile[],
  onProgress?: (done: number, total: number) => void,
): CorpusBuild {
  const graph = createGraph();
  const problems: IngestProblem[] = [];
  const parsed = files.map((f) => parseJsonl(f.text, f.name));
  const total = parsed.reduce((n, r) => n + r.articles.length, 0);
  let done = 0;
  for (const result of parsed) {
    problems.push(...result.problems);
    for (const article of result.articles) {
      try {
        mergeGraphs(graph, extractArticle(article).graph);
      } catch (err) {
        const id = article.id ?? article.title ?? `#${done + 1}`;
        problems.push({ file: result.file, message: `app/build-corpus: article ${id}: ${(err as Error).message}` });
      }
      onProgress?.(++done, total);
    }
  }
  return { graph, articles: total, problems };
}

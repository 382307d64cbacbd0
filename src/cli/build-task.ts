import type { ExtractOptions, OutletEntry } from '../extract';
import { DEFAULT_OUTLETS } from '../extract';
import { extractArticle } from '../corpus';
import type { IngestedArticle } from '../ingest';
import { serializeGraph } from '../model';
import type { BuildResult, BuildTask, BuildWorkerData } from './build-protocol';
import { ingestPath } from './ingest-path';

function extract(articles: IngestedArticle[], options: ExtractOptions): BuildResult['extracted'] {
  return articles.map((article) => {
    const { articleKey, graph } = extractArticle(article, options);
    return { articleKey, graph: serializeGraph(graph), ...(article.links ? { links: article.links } : {}) };
  });
}

async function runFile(task: Extract<BuildTask, { type: 'file' }>, data: BuildWorkerData, options: ExtractOptions) {
  const result: BuildResult = { id: task.id, display: task.display, extracted: [], graphs: [], problems: [] };
  const ingested = await ingestPath(task.path, task.display);
  result.problems = ingested.problems;
  result.graphs = ingested.graphs.map(serializeGraph);
  if (ingested.articles.length > data.splitAbove) result.split = ingested.articles;
  else result.extracted = extract(ingested.articles, options);
  return result;
}

/** The extraction options a worker uses: the bundled gazetteer plus the user's extra outlets. */
export function workerOptions(data: BuildWorkerData): ExtractOptions {
  return data.outlets ? { outlets: [...DEFAULT_OUTLETS, ...(data.outlets as OutletEntry[])] } : {};
}

/**
 * Runs one build task: reads, parses and extracts a file (or extracts a batch of articles) and
 * returns plain JSON. Never throws: failures become problems naming the file.
 */
export async function runBuildTask(
  task: BuildTask,
  data: BuildWorkerData,
  options: ExtractOptions,
): Promise<BuildResult> {
  try {
    if (task.type === 'file') return await runFile(task, data, options);
    return { id: task.id, display: task.display, extracted: extract(task.articles, options), graphs: [], problems: [] };
  } catch (err) {
    // An unexpected failure costs this task only; the message names the file.
    const message = `build: ${err instanceof Error ? err.message : String(err)}`;
    return {
      id: task.id,
      display: task.display,
      extracted: [],
      graphs: [],
      problems: [{ file: task.display, message }],
    };
  }
}

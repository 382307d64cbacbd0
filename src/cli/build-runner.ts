import { Worker } from 'node:worker_threads';
import type { CorpusReport } from '../corpus';
import { articleIdConflict, createCorpusMerger } from '../corpus';
import type { OutletEntry } from '../extract';
import { extractArticle } from '../corpus';
import type { IngestedArticle, IngestProblem } from '../ingest';
import type { SerializedGraph } from 'graphology-types';
import type {
  EdgeAttributes,
  GraphAttributes,
  NodeAttributes,
  SerializedSourcetraceGraph,
  SourcetraceGraph,
} from '../model';
import { createGraph } from '../model';
import type { BuildResult, BuildTask, BuildWorkerData, ExtractedMessage } from './build-protocol';
import { DEFAULT_FILE_TIMEOUT_S, DEFAULT_WORKER_MEMORY_MB } from './build-protocol';
import { runPool, type TaskBudget } from './build-pool';
import { runBuildTask, workerOptions } from './build-task';
import type { InputFile } from './expand-inputs';
import { TaskSequencer } from './task-sequencer';

export interface BuildProgress {
  filesDone: number;
  filesTotal: number;
  articles: number;
  current: string;
}

export interface RunBuildOptions {
  files: readonly InputFile[];
  /** Worker threads; 0 runs everything on the calling thread. */
  jobs: number;
  outlets?: OutletEntry[];
  onProgress?: (p: BuildProgress) => void;
  /** Files with more articles than this are shared out in batches of `batchSize` (defaults 8 and 16). */
  splitAbove?: number;
  batchSize?: number;
  /**
   * Per-task budget on the worker path: a file (or batch) taking longer than `fileTimeoutMs` (0: no
   * limit), or whose worker outgrows `workerMemoryMb` of heap, is skipped and named in the problems.
   * Defaults 60 s and 2048 MB. With `jobs: 0` nothing can stop a runaway task, so neither applies.
   */
  fileTimeoutMs?: number;
  workerMemoryMb?: number;
  /** The worker module to run instead of build-worker.ts (tests put a misbehaving one here). */
  workerEntry?: URL;
}

export interface BuildOutcome {
  graph: SourcetraceGraph;
  report: CorpusReport;
  problems: IngestProblem[];
  /** Files that yielded at least one article or graph. */
  filesLoaded: number;
}

const fromJson = (data: SerializedSourcetraceGraph): SourcetraceGraph => {
  // Produced by our own worker from a validated or freshly extracted graph: no second validation.
  const graph = createGraph();
  graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  return graph;
};

// tsx's loader does not reach worker threads through execArgv on Node 20, so each worker registers it first.
function spawnWorker(data: BuildWorkerData, memoryMb: number, entryUrl?: URL): Worker {
  const api = import.meta.resolve('tsx/esm/api');
  const entry = (entryUrl ?? new URL('./build-worker.ts', import.meta.url)).href;
  const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData: data, resourceLimits: { maxOldGenerationSizeMb: memoryMb } });
}

function budgetOf(options: RunBuildOptions): TaskBudget {
  return {
    fileTimeoutMs: options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_S * 1000,
    workerMemoryMb: options.workerMemoryMb ?? DEFAULT_WORKER_MEMORY_MB,
  };
}

/** Rebuilds the input of an article whose id collides with a different text, to re-extract it under a new id. */
function inputOf(graph: SourcetraceGraph, key: string): IngestedArticle {
  const a = graph.getNodeAttributes(key);
  if (a.kind !== 'article') throw new Error(`build: ${key} is not an article`);
  const outlet = a.outlet && graph.hasNode(a.outlet) ? graph.getNodeAttribute(a.outlet, 'label') : undefined;
  const opt = { title: a.title, url: a.url, publishedAt: a.publishedAt, author: a.author, outlet };
  const defined = Object.fromEntries(Object.entries(opt).filter(([, v]) => v));
  return { id: key.slice('article:'.length), text: a.text, ...defined, ...(a.summary ? { summary: true } : {}) };
}

export async function runBuild(options: RunBuildOptions): Promise<BuildOutcome> {
  const data: BuildWorkerData = {
    splitAbove: options.splitAbove ?? 8,
    ...(options.outlets ? { outlets: options.outlets } : {}),
  };
  const extractOptions = workerOptions(data);
  const graph = createGraph();
  const merger = createCorpusMerger(graph, extractOptions);
  const problems: IngestProblem[] = [];
  let filesLoaded = 0;
  let filesDone = 0;
  let renamed = 0;
  const topLevel = new Set<number>();
  const parentOf = new Map<number, number>();
  const remaining = new Map<number, number>();
  const onSplit = (parent: number, children: number[]) => {
    remaining.set(parent, children.length);
    for (const child of children) parentOf.set(child, parent);
  };

  const mergeArticle = (ex: ExtractedMessage) => {
    let articleGraph = fromJson(ex.graph);
    let articleKey = ex.articleKey;
    const input = inputOf(articleGraph, articleKey);
    const conflict = articleIdConflict(graph, input);
    if (conflict) {
      renamed++;
      ({ graph: articleGraph, articleKey } = extractArticle(conflict, extractOptions));
    }
    merger.add({ result: { articleKey, graph: articleGraph }, links: ex.links });
  };

  const sequencer = new TaskSequencer((result) => {
    problems.push(...result.problems);
    for (const g of result.graphs) merger.addGraph(fromJson(g));
    result.extracted.forEach(mergeArticle);
    if (topLevel.has(result.id)) {
      if (result.graphs.length || result.extracted.length || result.split?.length) filesLoaded++;
      // A file shared out in batches is done when its last batch is merged.
      if (!result.split?.length) filesDone++;
    } else {
      const parent = parentOf.get(result.id)!;
      const left = remaining.get(parent)! - 1;
      remaining.set(parent, left);
      if (left === 0) filesDone++;
    }
    options.onProgress?.({
      filesDone,
      filesTotal: options.files.length,
      articles: merger.added(),
      current: result.display,
    });
  });
  await schedule(options, data, sequencer, { topLevel, onSplit }, extractOptions);
  const report = merger.finish();
  return { graph, report: { ...report, renamed }, problems, filesLoaded };
}

/** Feeds tasks to the workers (or runs them in-process), splitting big files into article batches. */
async function schedule(
  options: RunBuildOptions,
  data: BuildWorkerData,
  sequencer: TaskSequencer,
  files: { topLevel: Set<number>; onSplit: (parent: number, children: number[]) => void },
  extractOptions: ReturnType<typeof workerOptions>,
): Promise<void> {
  let nextId = 0;
  const queue: BuildTask[] = options.files.map((f) => {
    const id = nextId++;
    files.topLevel.add(id);
    sequencer.add(id);
    return { id, type: 'file', path: f.path, display: f.display };
  });
  const batchSize = options.batchSize ?? 16;
  const onResult = (result: BuildResult) => {
    const children: BuildTask[] = [];
    for (let i = 0; i < (result.split?.length ?? 0); i += batchSize) {
      children.push({
        id: nextId++,
        type: 'articles',
        display: result.display,
        articles: result.split!.slice(i, i + batchSize),
      });
    }
    // Sub-tasks go first: merging stays in order and the parsed articles do not wait in memory long.
    queue.unshift(...children);
    if (children.length)
      files.onSplit(
        result.id,
        children.map((c) => c.id),
      );
    // Merging waits for a microtask: the pool hands the worker its next task first, so the worker
    // extracts while this thread merges instead of idling until the merge is done.
    const childIds = children.map((c) => c.id);
    merging = merging.then(() => sequencer.complete(result, childIds));
  };
  let merging = Promise.resolve();
  if (options.jobs <= 0) {
    for (let task = queue.shift(); task; task = queue.shift()) onResult(await runBuildTask(task, data, extractOptions));
  } else {
    const budget = budgetOf(options);
    const spawn = () => spawnWorker(data, budget.workerMemoryMb, options.workerEntry);
    await runPool(Math.min(options.jobs, Math.max(1, queue.length)), spawn, queue, onResult, budget);
  }
  await merging;
}

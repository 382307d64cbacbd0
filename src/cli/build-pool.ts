import type { Worker } from 'node:worker_threads';
import type { BuildResult, BuildTask, BuildWorkerMessage } from './build-protocol';

/** What one task may cost before its worker is stopped and the task is reported as skipped. */
export interface TaskBudget {
  /** Milliseconds from the worker taking the task up; 0 for no limit. */
  fileTimeoutMs: number;
  /** The heap each worker was started with (for the message; the limit itself is the worker's). */
  workerMemoryMb: number;
}

const seconds = (ms: number) => `${Number((ms / 1000).toPrecision(3))} s`;
const what = (task: BuildTask) =>
  task.type === 'file' ? 'extraction' : `extracting a batch of ${task.articles.length} articles`;

function problemResult(task: BuildTask, message: string): BuildResult {
  return { id: task.id, display: task.display, extracted: [], graphs: [], problems: [{ file: task.display, message }] };
}

/** Why a worker died with a task in hand, naming the limit it hit when it hit one. */
function deathMessage(task: BuildTask, err: unknown, budget: TaskBudget): string {
  if ((err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `skipped: ${what(task)} ran out of memory (the limit is ${budget.workerMemoryMb} MB per worker)`;
  }
  return `build: worker failed: ${err instanceof Error ? err.message : String(err)}`;
}

/**
 * Runs `queue` on `size` worker threads, handing each result to `onResult` (which may queue more tasks).
 * A task over its time budget, or a worker that dies (out of memory, crash), costs that task only: the
 * worker is stopped, the task comes back as a problem naming its file, and a fresh worker takes its place.
 */
export function runPool(
  size: number,
  spawn: () => Worker,
  queue: BuildTask[],
  onResult: (r: BuildResult) => void,
  budget: TaskBudget,
): Promise<void> {
  return new Promise<void>((resolve) => {
    const inflight = new Map<Worker, { task: BuildTask; timer?: NodeJS.Timeout }>();
    const all = new Set<Worker>();
    const finishIfDone = () => {
      if (queue.length || inflight.size) return;
      const idle = [...all];
      all.clear(); // so their exits read as planned
      for (const w of idle) void w.terminate();
      resolve();
    };
    const feed = (worker: Worker) => {
      const task = queue.shift();
      if (!task) return finishIfDone();
      inflight.set(worker, { task });
      worker.postMessage(task);
    };
    // A split may have queued work for workers that went idle: wake them.
    const wakeIdle = () => {
      for (const w of all) if (!inflight.has(w) && queue.length) feed(w);
    };
    /** Stops a worker whose task cannot finish, reports the task, and starts a replacement if work is left. */
    const retire = (worker: Worker, message: (task: BuildTask) => string) => {
      const job = inflight.get(worker);
      clearTimeout(job?.timer);
      inflight.delete(worker);
      all.delete(worker);
      void worker.terminate();
      if (job) onResult(problemResult(job.task, message(job.task)));
      if (queue.length) feed(start());
      wakeIdle();
      finishIfDone();
    };
    const onMessage = (worker: Worker, msg: BuildWorkerMessage) => {
      const job = inflight.get(worker);
      if (!job) return;
      if (msg.type === 'started') {
        if (msg.id !== job.task.id || !budget.fileTimeoutMs) return;
        const over = () => `skipped: ${what(job.task)} took longer than ${seconds(budget.fileTimeoutMs)}`;
        job.timer = setTimeout(() => retire(worker, over), budget.fileTimeoutMs);
        return;
      }
      clearTimeout(job.timer);
      inflight.delete(worker);
      onResult(msg.result);
      feed(worker);
      wakeIdle();
    };
    const start = () => {
      const worker = spawn();
      all.add(worker);
      worker.on('message', (msg: BuildWorkerMessage) => onMessage(worker, msg));
      worker.on('error', (err) => {
        if (all.has(worker)) retire(worker, (task) => deathMessage(task, err, budget));
      });
      // A worker that exits on its own (process.exit in a dependency) leaves no 'error' behind.
      worker.on('exit', (code) => {
        if (all.has(worker)) retire(worker, () => `build: worker stopped (exit code ${code})`);
      });
      return worker;
    };
    for (let i = 0; i < size; i++) feed(start());
  });
}

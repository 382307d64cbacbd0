import { parentPort, workerData } from 'node:worker_threads';
import type { BuildTask, BuildWorkerData, BuildWorkerMessage } from './build-protocol';
import { runBuildTask, workerOptions } from './build-task';

// A build worker for tests of the budget: like build-worker.ts, except that a file whose name starts with
// `hang` never finishes and one starting with `hog` keeps allocating until the heap limit stops it.
const data = workerData as BuildWorkerData;
const options = workerOptions(data);
const post = (message: BuildWorkerMessage) => parentPort?.postMessage(message);

function misbehave(name: string): void {
  if (name.startsWith('hang')) for (;;);
  if (name.startsWith('hog')) {
    const kept: number[][] = [];
    for (;;) kept.push(Array.from({ length: 100_000 }, (_, i) => i));
  }
}

parentPort?.on('message', (task: BuildTask) => {
  post({ type: 'started', id: task.id });
  misbehave(task.display);
  void runBuildTask(task, data, options).then((result) => post({ type: 'result', result }));
});

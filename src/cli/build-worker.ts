import { parentPort, workerData } from 'node:worker_threads';
import type { BuildTask, BuildWorkerData, BuildWorkerMessage } from './build-protocol';
import { runBuildTask, workerOptions } from './build-task';

// One worker thread of `sourcetrace build`: reads and parses files, extracts articles, and sends the
// article graphs back as plain JSON for the main thread to merge in input order.
const data = workerData as BuildWorkerData;
const options = workerOptions(data);

const post = (message: BuildWorkerMessage) => parentPort?.postMessage(message);

parentPort?.on('message', (task: BuildTask) => {
  post({ type: 'started', id: task.id });
  void runBuildTask(task, data, options).then((result) => post({ type: 'result', result }));
});

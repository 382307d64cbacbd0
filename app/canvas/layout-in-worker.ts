import { jobsInWorker, type Job, type JobWorker } from '../workers/worker-jobs';
import { computeLayout } from './compute-layout';
import type { LayoutRequest } from './layout-protocol';

type Point = { x: number; y: number };
export type RunLayout = (request: LayoutRequest) => Job<Record<string, Point>>;
export type LayoutWorker = JobWorker<LayoutRequest, Record<string, Point>>;

const realWorker = (): LayoutWorker =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }) as LayoutWorker;

/** Where no Worker exists (Node): the same headless layout, here, in a task of its own. */
const inThisThread: RunLayout = (request) => ({
  result: Promise.resolve().then(() => computeLayout(request)),
  cancel: () => {},
});

let shared: RunLayout | undefined;

/** The canvas's layouts, in one worker kept for the next one; a layout overtaken by newer elements is stopped. */
export function runLayoutInWorker(): RunLayout {
  return (shared ??= typeof Worker === 'undefined' ? inThisThread : jobsInWorker(realWorker));
}

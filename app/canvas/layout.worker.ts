/// <reference lib="webworker" />
import type { JobResponse } from '../workers/worker-jobs';
import { computeLayout } from './compute-layout';
import type { LayoutRequest } from './layout-protocol';

type Point = { x: number; y: number };

// The canvas's force layout, off the page's thread: fcose costs seconds on large views, and the page
// keeps drawing (and answering the pointer) while it runs.
self.onmessage = ({ data: { id, ...request } }: MessageEvent<{ id: number } & LayoutRequest>) => {
  let message: JobResponse<Record<string, Point>>;
  try {
    message = { id, type: 'done', value: computeLayout(request) };
  } catch (err) {
    message = { id, type: 'error', message: `app/canvas: layout failed: ${(err as Error).message}` };
  }
  self.postMessage(message);
};

/** A job's answer from a job worker, for the request of the same id. */
export type JobResponse<T> = { id: number; type: 'done'; value: T } | { id: number; type: 'error'; message: string };

/** The part of a Worker used here, so tests can stand in for one. */
export interface JobWorker<Req, T> {
  onmessage: ((event: MessageEvent<JobResponse<T>>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  postMessage(request: { id: number } & Req): void;
  terminate(): void;
}

/** A job under way: `cancel` drops its result (and stops the worker if the job is still running). */
export interface Job<T> {
  result: Promise<T>;
  cancel: () => void;
}

/**
 * Runs jobs one at a time in one long-lived worker, so a run of them does not pay its start-up each time.
 * Cancelling a job still running (superseded by a newer one) stops the worker — its work is wasted — and
 * rejects whatever was queued behind it; the next job starts a fresh worker. A cancelled job's result is
 * never delivered.
 */
export function jobsInWorker<Req, T>(create: () => JobWorker<Req, T>): (request: Req) => Job<T> {
  let worker: JobWorker<Req, T> | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: T) => void; reject: (err: Error) => void }>();
  const start = () => {
    const w = create();
    w.onmessage = ({ data }: MessageEvent<JobResponse<T>>) => {
      const job = pending.get(data.id);
      pending.delete(data.id);
      if (data.type === 'done') job?.resolve(data.value);
      else job?.reject(new Error(data.message));
    };
    // A worker that failed to load, or died: its jobs fail (never hang), and the next job starts a new one.
    w.onerror = (event) => {
      if (worker === w) worker = null;
      w.terminate();
      for (const job of pending.values()) job.reject(new Error(`worker failed: ${event.message || 'it stopped'}`));
      pending.clear();
    };
    return w;
  };
  return (request) => {
    const id = nextId++;
    worker ??= start();
    const result = new Promise<T>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage({ id, ...request });
    return {
      result,
      cancel: () => {
        if (!pending.delete(id)) return; // already delivered
        worker?.terminate();
        worker = null;
        for (const job of pending.values()) job.reject(new Error('stopped: a newer job replaced it'));
        pending.clear();
      },
    };
  };
}

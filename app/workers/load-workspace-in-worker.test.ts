import { describe, expect, it } from 'vitest';
import { createGraph, serializeGraph, upsertNode } from '../../src/model';
import { loadWorkspaceInWorker } from './load-workspace-in-worker';
import type { WorkspaceLoadRequest, WorkspaceLoadResponse } from './workspace-load-protocol';

/** Answers a load request with `answer`, or fails like a worker that could not start. */
function fakeWorker(answer: WorkspaceLoadResponse | 'fail') {
  const state = { asked: null as string | null, terminated: false };
  const worker = {
    onmessage: null as ((e: MessageEvent<WorkspaceLoadResponse>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage(request: WorkspaceLoadRequest) {
      state.asked = request.db;
      if (answer === 'fail') return void worker.onerror?.({ message: 'boom' } as ErrorEvent);
      queueMicrotask(() =>
        worker.onmessage?.({ data: structuredClone(answer) } as MessageEvent<WorkspaceLoadResponse>),
      );
    },
    terminate: () => void (state.terminated = true),
  };
  return { worker: worker as unknown as Worker, state };
}

describe('loadWorkspaceInWorker', () => {
  it('rebuilds the graph the worker checked, with its articles, and ends the worker', async () => {
    const g = createGraph();
    upsertNode(g, 'outlet:x', { kind: 'outlet', label: 'X', aliases: [] });
    const articles = [{ key: 'article:1', file: 'a.txt', highlights: [] }];
    const { worker, state } = fakeWorker({ type: 'loaded', workspace: { graph: serializeGraph(g), articles } });
    const loaded = await loadWorkspaceInWorker('db-1', () => worker);
    expect(state.asked).toBe('db-1');
    expect(loaded?.graph.nodes()).toEqual(['outlet:x']);
    expect(loaded?.graph.getNodeAttribute('outlet:x', 'label')).toBe('X');
    expect(loaded?.articles).toEqual(articles);
    expect(state.terminated).toBe(true);
  });

  it('is null when nothing is stored, and rejects with the reason when it is unreadable or the worker fails', async () => {
    expect(await loadWorkspaceInWorker('db', () => fakeWorker({ type: 'loaded', workspace: null }).worker)).toBeNull();
    const bad = fakeWorker({ type: 'error', message: 'app/persistence: the saved workspace is unreadable: x' });
    await expect(loadWorkspaceInWorker('db', () => bad.worker)).rejects.toThrow(/unreadable: x/);
    const failing = fakeWorker('fail');
    await expect(loadWorkspaceInWorker('db', () => failing.worker)).rejects.toThrow('app/workspace-load.worker: boom');
    expect(failing.state.terminated).toBe(true);
  });
});

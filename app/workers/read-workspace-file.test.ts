import { describe, expect, it } from 'vitest';
import { writeGexf } from '../../src/export';
import { strictXmldomParser } from '../../src/export/xmldom-parser';
import { serializeGraph } from '../../src/model';
import { writeSnapshot } from '../../src/snapshot';
import { sampleStory } from '../test-support/sample-story';
import { readWorkspaceFile } from './read-workspace-file';
import { readWorkspaceFileInWorker } from './read-workspace-file-in-worker';
import { graphFromTrustedJson } from './trusted-graph';
import type { WorkspaceFileRequest, WorkspaceFileResponse } from './workspace-file-protocol';

const named = (name: string, text: string) => ({ name, text: async () => text });
const read = (name: string, text: string) => readWorkspaceFile(named(name, text), strictXmldomParser());

describe('readWorkspaceFile', () => {
  it('reads a GEXF graph into JSON that crosses threads and rebuilds the same graph', async () => {
    const story = sampleStory();
    const result = structuredClone(await read('story.gexf', writeGexf(story)));
    expect(result.kind).toBe('graph');
    if (result.kind !== 'graph') return;
    expect(graphFromTrustedJson(result.graph).order).toBe(story.order);
  });

  it('knows a renamed snapshot by its type and carries its view', async () => {
    const text = await writeSnapshot({ graph: sampleStory(), view: { filters: { hiddenNodeKinds: ['claim'] } } });
    const result = structuredClone(await read('renamed.json', text));
    expect(result.kind).toBe('snapshot');
    if (result.kind !== 'snapshot') return;
    expect(result.view).toMatchObject({ filters: { hiddenNodeKinds: ['claim'] } });
    expect(result.graph.nodes).toHaveLength(serializeGraph(sampleStory()).nodes.length);
  });

  it('refuses malformed XML, unknown kinds and oversized files by name', async () => {
    const bad = await read('bad.graphml', '<graphml><graph><node id="a"></graph>');
    expect(bad).toMatchObject({ kind: 'refused', problems: [expect.stringMatching(/bad\.graphml/)] });
    expect(await read('notes.txt', 'hello')).toEqual({
      kind: 'refused',
      problems: ['export/open: notes.txt: not a snapshot (.sourcetrace.json) or a graph (.graphml, .gexf, .json)'],
    });
    const huge = { ...named('huge.gexf', ''), size: 600e6 };
    expect(await readWorkspaceFile(huge, strictXmldomParser())).toEqual({
      kind: 'refused',
      problems: ['export/open: huge.gexf: 600 MB is more than this page can open'],
    });
  });
});

/** Answers a read request as the real worker would, or fails like a worker that could not start. */
function fakeWorker(fails = false) {
  const state = { received: null as File | null, terminated: false };
  const worker = {
    onmessage: null as ((e: MessageEvent<WorkspaceFileResponse>) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage(request: WorkspaceFileRequest) {
      state.received = request.file;
      if (fails) return void worker.onerror?.({ message: 'boom' } as ErrorEvent);
      void read(request.file.name, 'x').then((r) => worker.onmessage?.({ data: { type: 'read', read: r } } as never));
    },
    terminate: () => void (state.terminated = true),
  };
  return { worker: worker as unknown as Worker, state };
}

describe('readWorkspaceFileInWorker', () => {
  it('sends the file to the worker, answers with its read and ends the worker', async () => {
    const { worker, state } = fakeWorker();
    const result = await readWorkspaceFileInWorker(named('notes.txt', 'hello'), () => worker);
    expect(result.kind).toBe('refused');
    expect(state.received?.name).toBe('notes.txt');
    expect(await state.received?.text()).toBe('hello');
    expect(state.terminated).toBe(true);
  });

  it('rejects naming the file when the worker fails', async () => {
    const { worker, state } = fakeWorker(true);
    await expect(readWorkspaceFileInWorker(named('a.gexf', ''), () => worker)).rejects.toThrow(
      'app/workspace-file.worker: a.gexf: boom',
    );
    expect(state.terminated).toBe(true);
  });
});

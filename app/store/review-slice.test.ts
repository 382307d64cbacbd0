import { describe, expect, it } from 'vitest';
import { mergeGraphs, type SourcetraceGraph } from '../../src/model';
import { StoryBuilder } from '../../src/test-support/story-builder';
import type { ReviewDecision } from '../../src/review';
import { memoryDecisionStorage, type DecisionStorage } from '../review/decision-storage';
import { createAppStore } from './create-app-store';
import { selectExtractedGraph, selectGraph, selectReviewed } from './selectors';

/** One outlet's article citing officials about a claim; the cite edge is shaky. */
function story(id = 'a'): { graph: SourcetraceGraph; cite: string; officials: string } {
  const b = new StoryBuilder();
  const outlet = b.outlet('Herald');
  const text = 'Officials said the bridge will close.';
  const article = b.article(id, outlet, text, '2026-01-02');
  const officials = b.person('officials', true);
  const claim = b.claim('bridge', 'the bridge will close');
  const cite = b.edge('cites', article, officials, { in: article, phrase: 'Officials said', confidence: 0.4 });
  b.edge('asserts', officials, claim, { in: article, phrase: 'the bridge will close', confidence: 0.4 });
  b.edge('reports', article, claim, { in: article, phrase: 'the bridge will close', confidence: 0.9 });
  return { graph: b.graph, cite, officials };
}

function storeWith(storage: DecisionStorage = memoryDecisionStorage()) {
  const store = createAppStore({ review: () => storage });
  const { graph, cite, officials } = story();
  store.getState().setGraph(graph);
  return { store, cite, officials };
}

describe('review slice', () => {
  it('draws the reviewed graph and keeps the extracted one as built', async () => {
    const { store, cite } = storeWith();
    await store.getState().decide({ action: 'reject', target: [cite], reason: 'misread cue' });
    const s = store.getState();
    expect(selectGraph(s).hasEdge(cite)).toBe(false);
    expect(selectExtractedGraph(s).hasEdge(cite)).toBe(true);
    expect(selectReviewed(s).rejected.has(cite)).toBe(true);
    expect(s.decisions[0]).toMatchObject({ action: 'reject', reason: 'misread cue' });
  });

  it('undo brings the rejected edge back', async () => {
    const { store, cite } = storeWith();
    await store.getState().decide({ action: 'reject', target: [cite] });
    await store.getState().undoDecision();
    expect(selectGraph(store.getState()).hasEdge(cite)).toBe(true);
    expect(store.getState().decisions).toEqual([]);
  });

  it('keeps a rejected edge out when the same article is imported again', async () => {
    const { store, cite } = storeWith();
    await store.getState().decide({ action: 'reject', target: [cite] });
    const again = mergeGraphs(store.getState().graph.copy() as SourcetraceGraph, story().graph);
    store.getState().setGraph(again);
    expect(selectExtractedGraph(store.getState()).hasEdge(cite)).toBe(true);
    expect(selectGraph(store.getState()).hasEdge(cite)).toBe(false);
  });

  it('saves every change and reads the decisions back in a new store', async () => {
    const storage = memoryDecisionStorage();
    const first = storeWith(storage);
    await first.store
      .getState()
      .decide({ action: 'rename', target: [first.officials], params: { label: 'Port staff' } });
    const second = storeWith(storage);
    await second.store.getState().restoreDecisions();
    const s = second.store.getState();
    expect(s.decisionsLoaded).toBe(true);
    expect(selectGraph(s).getNodeAttribute(first.officials, 'label')).toBe('Port staff');
  });

  it('a decision made before the saved ones arrive goes after them, not over them', async () => {
    const storage = memoryDecisionStorage();
    const { store, cite, officials } = storeWith(storage);
    await store.getState().decide({ action: 'rename', target: [officials], params: { label: 'Staff' } });
    const later = storeWith(storage);
    await later.store.getState().decide({ action: 'reject', target: [cite] });
    expect(later.store.getState().decisions.map((d) => d.action)).toEqual(['rename', 'reject']);
    expect((await storage.load())?.map((d) => d.action)).toEqual(['rename', 'reject']);
  });

  it('refuses a malformed decision list and keeps the current one', async () => {
    const { store, cite } = storeWith();
    await store.getState().decide({ action: 'reject', target: [cite] });
    const ok = await store.getState().replaceDecisions([{ id: 'x', action: 'explode', target: [] }]);
    expect(ok).toBe(false);
    expect(store.getState().reviewError).toMatch(/^review\/decisions: decisions\[0\]/);
    expect(store.getState().decisions).toHaveLength(1);
  });

  it('says so when saving fails, and keeps the decision on screen', async () => {
    const failing: DecisionStorage = {
      load: () => Promise.resolve(null),
      save: () => Promise.reject(new Error('quota exceeded')),
    };
    const { store, cite } = storeWith(failing);
    await store.getState().decide({ action: 'reject', target: [cite] });
    expect(store.getState().reviewError).toContain('quota exceeded');
    expect(selectGraph(store.getState()).hasEdge(cite)).toBe(false);
  });

  it('reports unreadable saved decisions without losing the graph', async () => {
    const broken: DecisionStorage = {
      load: () => Promise.reject(new Error('app/review: stored decisions unreadable')),
      save: () => Promise.resolve(),
    };
    const { store, cite } = storeWith(broken);
    await store.getState().restoreDecisions();
    expect(store.getState().reviewError).toContain('unreadable');
    expect(selectGraph(store.getState()).hasEdge(cite)).toBe(true);
  });

  it('re-lays out only for decisions that can bring new elements', async () => {
    const { store, cite } = storeWith();
    const v0 = store.getState().graphVersion;
    await store.getState().decide({ action: 'accept', target: [cite] });
    await store.getState().decide({ action: 'reject', target: [cite] });
    expect(store.getState().graphVersion).toBe(v0);
    await store.getState().undoDecision();
    expect(store.getState().graphVersion).toBe(v0 + 1);
    await store.getState().decide({ action: 'set-kind', target: [cite], params: { kind: 'mentions' } });
    expect(store.getState().graphVersion).toBe(v0 + 2);
    expect(selectGraph(store.getState()).hasEdge(cite.replace(/^cites/, 'mentions'))).toBe(true);
  });

  it('clamps the confidence threshold to [0, 1]', () => {
    const { store } = storeWith();
    store.getState().setMinConfidence(1.7);
    expect(store.getState().minConfidence).toBe(1);
    store.getState().setMinConfidence(Number.NaN);
    expect(store.getState().minConfidence).toBe(0);
  });

  it('returns the same drawn graph object until the graph or the decisions change', async () => {
    const { store, cite } = storeWith();
    const before = selectGraph(store.getState());
    expect(selectGraph(store.getState())).toBe(before);
    await store.getState().decide({ action: 'accept', target: [cite] });
    const after = selectGraph(store.getState());
    expect(after).not.toBe(before);
    expect(selectGraph(store.getState())).toBe(after);
    const decisions: ReviewDecision[] = store.getState().decisions;
    expect(selectReviewed(store.getState()).accepted.has(cite)).toBe(decisions.length === 1);
  });
});

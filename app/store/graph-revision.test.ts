import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../../src/test-support/story-builder';
import { memoryDecisionStorage } from '../review/decision-storage';
import { createAppStore } from './create-app-store';
import { selectGraph, selectGraphRevision } from './selectors';

function storeWithStory() {
  const b = new StoryBuilder();
  const article = b.article('a', b.outlet('Herald'), 'Officials said the bridge will close.', '2026-01-02');
  const officials = b.person('officials', true);
  const cite = b.edge('cites', article, officials, { in: article, phrase: 'Officials said', confidence: 0.4 });
  const store = createAppStore({ review: () => memoryDecisionStorage() });
  store.getState().setGraph(b.graph);
  return { store, cite, builder: b };
}

describe('selectGraphRevision', () => {
  it('is the same object while the graph is unchanged, so components do not re-render', () => {
    const { store } = storeWithStory();
    const before = selectGraphRevision(store.getState());
    store.getState().select({ type: 'node', key: 'x' });
    store.getState().toggleNodeKind('person');
    expect(selectGraphRevision(store.getState())).toBe(before);
  });

  it('is a new object after an in-place change, with the same graph inside', () => {
    const { store, builder } = storeWithStory();
    const before = selectGraphRevision(store.getState());
    builder.outlet('Courier'); // the builder writes into the store's graph, in place
    store.getState().touchGraph();
    const after = selectGraphRevision(store.getState());
    expect(after).not.toBe(before);
    expect(after.graph).toBe(before.graph);
    expect(after.version).toBe(before.version + 1);
  });

  it('follows a review decision that changes the drawn graph without a version bump', async () => {
    const { store, cite } = storeWithStory();
    const before = selectGraphRevision(store.getState());
    await store.getState().decide({ action: 'accept', target: [cite] });
    const after = selectGraphRevision(store.getState());
    expect(after.version).toBe(before.version);
    expect(after).not.toBe(before);
    expect(after.graph).toBe(selectGraph(store.getState()));
  });
});

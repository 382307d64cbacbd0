import { describe, expect, it } from 'vitest';
import { createAppStore } from './create-app-store';
import { createStore } from 'zustand/vanilla';
import type { AppState } from './app-state';
import { connectHistory, createHistorySlice, HISTORY_LIMIT } from './history-slice';

describe('history slice', () => {
  it('undoes and redoes filter, selection and mode changes in order', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().toggleOutlet('outlet:a');
    s().select({ type: 'node', key: 'claim:x' });
    s().traceChain('claim:x');
    expect(s().viewPast).toHaveLength(3);

    s().undoView();
    expect(s().mode).toBe('network');
    expect(s().selection).toEqual({ type: 'node', key: 'claim:x' });
    s().undoView();
    expect(s().selection).toBeNull();
    expect(s().hiddenOutlets).toEqual(['outlet:a']);
    s().undoView();
    expect(s().hiddenOutlets).toEqual([]);
    s().undoView(); // nothing left: no change
    expect(s().viewFuture).toHaveLength(3);

    s().redoView();
    s().redoView();
    s().redoView();
    expect(s().mode).toBe('chain');
    expect(s().chainTrail).toEqual(['claim:x']);
  });

  it('undoes focus and expansion', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().focusOn('outlet:a', 9);
    expect(s().focus).toEqual({ key: 'outlet:a', hops: 3 });
    s().toggleExpanded('person:b');
    expect(s().expanded).toEqual(['person:b']);
    s().undoView();
    expect(s().expanded).toEqual([]);
    s().undoView();
    expect(s().focus).toBeNull();
  });

  it('a new change after undo drops the redo branch', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setHideAnonymous(true);
    s().undoView();
    expect(s().viewFuture).toHaveLength(1);
    s().setOnlyDisputed(true);
    expect(s().viewFuture).toHaveLength(0);
    expect(s().hideAnonymous).toBe(false);
  });

  it('ignores changes outside the view (graph, hover, layout)', () => {
    const store = createAppStore();
    store.getState().setHovered('x');
    store.getState().layoutStopped();
    store.getState().touchGraph();
    expect(store.getState().viewPast).toHaveLength(0);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const store = createAppStore();
    for (let i = 0; i <= HISTORY_LIMIT + 5; i++) store.getState().toggleNodeKind('claim');
    expect(store.getState().viewPast).toHaveLength(HISTORY_LIMIT);
  });
});

describe('connectHistory', () => {
  // Another store's state as a base; only setState and the history slice's own steps act on this one.
  const bareStore = () =>
    createStore<AppState>()((...a) => ({ ...createAppStore().getState(), ...createHistorySlice(...a) }));

  it('is what records view changes: creating the slice subscribes to nothing', () => {
    const bare = bareStore();
    bare.setState({ hiddenOutlets: ['outlet:a'] });
    expect(bare.getState().viewPast).toHaveLength(0);
    connectHistory(bare);
    bare.setState({ hiddenOutlets: ['outlet:b'] });
    expect(bare.getState().viewPast).toHaveLength(1);
  });

  it('does not record its own steps, and stops when unsubscribed', () => {
    const bare = bareStore();
    const stop = connectHistory(bare);
    bare.setState({ hiddenOutlets: ['outlet:a'] });
    bare.getState().undoView();
    expect(bare.getState()).toMatchObject({ hiddenOutlets: [], viewPast: [], viewFuture: [expect.anything()] });
    stop();
    bare.setState({ hiddenOutlets: ['outlet:b'] });
    expect(bare.getState().viewPast).toHaveLength(0);
    expect(bare.getState().viewFuture).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { createGraph, serializeGraph, upsertNode } from '../../src/model';
import { sampleStory } from '../test-support/sample-story';
import { createAppStore } from './create-app-store';
import { selectFilters, selectSelectedNode } from './selectors';

function tinyGraphJson(): string {
  const g = createGraph();
  upsertNode(g, 'outlet:a', { kind: 'outlet', label: 'A', aliases: [] });
  return JSON.stringify(serializeGraph(g));
}

describe('graph slice', () => {
  it('starts loading with an empty graph and version 0', () => {
    const s = createAppStore().getState();
    expect(s.status).toBe('loading');
    expect(s.graph.order).toBe(0);
    expect(s.graphVersion).toBe(0);
  });

  it('loads valid JSON and bumps the version', () => {
    const store = createAppStore();
    expect(store.getState().loadGraphJson(tinyGraphJson())).toBe(true);
    expect(store.getState().graph.order).toBe(1);
    expect(store.getState().graphVersion).toBe(1);
    expect(store.getState().status).toBe('ready');
  });

  it('keeps the previous graph and reports a named error on bad input', () => {
    const store = createAppStore();
    store.getState().loadGraphJson(tinyGraphJson());
    expect(store.getState().loadGraphJson('{"nodes": 3}')).toBe(false);
    const s = store.getState();
    expect(s.loadError).toMatch(/^model\/serialize: nodes/);
    expect(s.graph.hasNode('outlet:a')).toBe(true);
    expect(s.graphVersion).toBe(1);
    expect(s.status).toBe('ready');
  });

  it('is in error state when the first load fails', () => {
    const store = createAppStore();
    store.getState().loadGraphJson('not json');
    expect(store.getState().status).toBe('error');
    expect(store.getState().loadError).toMatch(/not valid JSON/);
  });

  it('loads a serialised story graph', () => {
    const store = createAppStore();
    const ok = store.getState().loadGraphJson(JSON.stringify(serializeGraph(sampleStory())));
    expect(store.getState().loadError).toBeNull();
    expect(ok).toBe(true);
    expect(store.getState().graph.order).toBeGreaterThan(10);
  });

  it('touchGraph bumps the version after an in-place change', () => {
    const store = createAppStore();
    upsertNode(store.getState().graph, 'person:x', { kind: 'person', label: 'X', aliases: [], anonymous: false });
    store.getState().touchGraph();
    expect(store.getState().graphVersion).toBe(1);
  });
});

describe('view slice', () => {
  it('selects and clears, without notifying when the selection is unchanged', () => {
    const store = createAppStore();
    let calls = 0;
    store.subscribe((state, prev) => {
      if (state.selection !== prev.selection) calls++;
    });
    store.getState().select({ type: 'node', key: 'outlet:a' });
    store.getState().select({ type: 'node', key: 'outlet:a' });
    expect(calls).toBe(1);
    expect(selectSelectedNode(store.getState())).toBe('outlet:a');
    store.getState().select({ type: 'edge', key: 'cites|a|b' });
    expect(selectSelectedNode(store.getState())).toBeNull();
    store.getState().clearSelection();
    expect(store.getState().selection).toBeNull();
  });
});

describe('filter slice', () => {
  it('toggles kinds and outlets as sorted lists and resets', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().toggleOutlet('outlet:z');
    s().toggleOutlet('outlet:b');
    s().toggleNodeKind('claim');
    s().toggleEdgeKind('mentions');
    expect(selectFilters(s())).toMatchObject({
      hiddenNodeKinds: ['claim'],
      hiddenEdgeKinds: ['mentions'],
      hiddenOutlets: ['outlet:b', 'outlet:z'],
    });
    s().toggleOutlet('outlet:b');
    expect(s().hiddenOutlets).toEqual(['outlet:z']);
    s().onlyOutlet('outlet:m', ['outlet:z', 'outlet:m', 'outlet:a']);
    expect(s().hiddenOutlets).toEqual(['outlet:a', 'outlet:z']);
    s().setHideAnonymous(true);
    s().setDateRange('2025-01-01', '');
    expect(selectFilters(s())).toMatchObject({ hideAnonymous: true, dateFrom: '2025-01-01', dateTo: '' });
    s().resetFilters();
    expect(s().hiddenOutlets).toEqual([]);
    expect(s().hiddenNodeKinds).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { addDecision } from '../../src/review';
import { createAppStore, EMPTY_FILTERS, type AppStore, type CanvasPort } from '../store';
import { sampleStory } from '../test-support/sample-story';
import { applyStoreView, captureView, planRestore } from './snapshot-view';

const fakeCanvas = (positions: Record<string, { x: number; y: number }>): CanvasPort => ({
  png: () => new Blob([]),
  positions: () => positions,
  colors: () => ({}),
  viewport: () => ({ zoom: 1.5, pan: { x: 10, y: -20 } }),
});

function storyStore(): AppStore {
  const store = createAppStore();
  store.getState().setGraph(sampleStory());
  return store;
}

/** Captures a view, sends it through JSON, and restores it into a fresh store holding the same graph. */
function roundTrip(store: AppStore): AppStore {
  const view = JSON.parse(JSON.stringify(captureView(store.getState())));
  const fresh = storyStore();
  const plan = planRestore(view, fresh.getState().graph, 'x.sourcetrace.json');
  expect(plan.warnings).toEqual([]);
  applyStoreView(fresh.getState(), plan.store);
  return fresh;
}

describe('snapshot view', () => {
  it('captures filters, selection, focus, positions and viewport, and plans them back', () => {
    const store = storyStore();
    const s = () => store.getState();
    s().toggleNodeKind('claim');
    s().toggleOutlet('outlet:miami-herald');
    s().focusOn('outlet:washington-post', 2);
    s().select({ type: 'node', key: 'outlet:washington-post' });
    s().setMinConfidence(0.4);
    s().setCanvas(fakeCanvas({ 'outlet:washington-post': { x: 1, y: 2 }, 'person:gone': { x: 3, y: 4 } }));
    const view = JSON.parse(JSON.stringify(captureView(s())));
    expect(view).toMatchObject({ focus: 'outlet:washington-post', focusHops: 2, viewport: { zoom: 1.5 } });

    const plan = planRestore(view, sampleStory(), 'x');
    expect(plan.positions).toEqual({ 'outlet:washington-post': { x: 1, y: 2 } }); // unknown keys dropped
    expect(plan.viewport).toEqual({ zoom: 1.5, pan: { x: 10, y: -20 } });
    const fresh = roundTrip(store).getState();
    expect(fresh.hiddenNodeKinds).toEqual(['claim']);
    expect(fresh.hiddenOutlets).toEqual(['outlet:miami-herald']);
    expect(fresh.selection).toEqual({ type: 'node', key: 'outlet:washington-post' });
    expect(fresh.focus).toEqual({ key: 'outlet:washington-post', hops: 2 });
    expect(fresh.minConfidence).toBe(0.4);
  });

  it('brings back the chain view with its breadcrumb and a selection other than the traced node', () => {
    const store = storyStore();
    store.getState().traceChain('outlet:gateway-pundit');
    store.getState().traceChain('outlet:washington-post');
    store.getState().select({ type: 'node', key: 'outlet:miami-herald' });
    const s = roundTrip(store).getState();
    expect(s.mode).toBe('chain');
    expect(s.chainTrail).toEqual(['outlet:gateway-pundit', 'outlet:washington-post']);
    expect(s.selection).toEqual({ type: 'node', key: 'outlet:miami-herald' });
  });

  it('returns to the network view when the snapshot was taken there', () => {
    const store = storyStore();
    store.getState().traceChain('outlet:gateway-pundit');
    applyStoreView(store.getState(), planRestore({ mode: 'network' }, store.getState().graph, 'x').store);
    expect(store.getState().mode).toBe('network');
    expect(store.getState().chainTrail).toEqual([]);
  });

  it('keeps review decisions and checks the selection against the reviewed graph', () => {
    const graph = sampleStory();
    const edge = graph.edges()[0]!;
    const decisions = addDecision([], { action: 'reject', target: [edge] });
    const view = { selection: [edge], review: { decisions, minConfidence: 0 } };
    const plan = planRestore(JSON.parse(JSON.stringify(view)), graph, 'x');
    expect(plan.decisions).toEqual(decisions);
    expect(plan.store.selection).toBeNull(); // the rejected edge is not drawn
    expect(plan.warnings[0]).toMatch(/is not in the graph/);
    expect(() => planRestore({ review: { decisions: [{ action: 'explode' }] } }, graph, 'x')).toThrow(
      /^review\/decisions: decisions\[0\]/,
    );
  });

  it('drops a selection the graph lacks, with a warning', () => {
    const plan = planRestore({ selection: ['person:nobody'] }, sampleStory(), 'x');
    expect(plan.store.selection).toBeNull();
    expect(plan.warnings[0]).toMatch(/person:nobody/);
    expect(plan.store.filters).toEqual(EMPTY_FILTERS);
  });

  it('brings back the overview choice, and keeps the current one for a snapshot written before it was kept', () => {
    const store = storyStore();
    store.getState().setOverview('detail');
    expect(roundTrip(store).getState().overview).toBe('detail');
    store.getState().setOverview('map');
    store.getState().setMapSources(25);
    const s = roundTrip(store).getState();
    expect([s.overview, s.mapSources]).toEqual(['map', 25]);

    const older = storyStore();
    older.getState().setOverview('detail');
    applyStoreView(older.getState(), planRestore({ mode: 'network' }, older.getState().graph, 'x').store);
    expect(older.getState().overview).toBe('detail');
    // A value this app does not know is left out, like any bad extra field.
    const odd = planRestore({ overview: 'globe', mapSources: -3 }, sampleStory(), 'x').store;
    expect([odd.overview, odd.mapSources]).toEqual([undefined, undefined]);
  });
});

import { describe, expect, it } from 'vitest';
import { createAppStore, EMPTY_FILTERS, type CanvasPort } from '../store';
import { sampleStory } from '../test-support/sample-story';
import { applyStoreView, captureView, parseFilters, planRestore } from './view-state';

const fakeCanvas = (positions: Record<string, { x: number; y: number }>): CanvasPort => ({
  png: () => new Blob([]),
  positions: () => positions,
  colors: () => ({}),
  viewport: () => ({ zoom: 1.5, pan: { x: 10, y: -20 } }),
});

describe('view state', () => {
  it('captures filters, selection, positions and viewport, and plans them back', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setGraph(sampleStory());
    s().toggleNodeKind('claim');
    s().toggleOutlet('outlet:miami-herald');
    s().select({ type: 'node', key: 'outlet:washington-post' });
    s().setCanvas(fakeCanvas({ 'outlet:washington-post': { x: 1, y: 2 }, 'person:gone': { x: 3, y: 4 } }));
    const view = captureView(s());
    expect(view.viewport).toEqual({ zoom: 1.5, pan: { x: 10, y: -20 } });
    expect(view.selection).toEqual(['outlet:washington-post']);

    const plan = planRestore(JSON.parse(JSON.stringify(view)), s().graph, 'x.sourcetrace.json');
    expect(plan.view.filters).toEqual({
      ...EMPTY_FILTERS,
      hiddenNodeKinds: ['claim'],
      hiddenOutlets: ['outlet:miami-herald'],
    });
    expect(plan.view.selection).toEqual({ type: 'node', key: 'outlet:washington-post' });
    expect(plan.view.positions).toEqual({ 'outlet:washington-post': { x: 1, y: 2 } }); // unknown keys dropped
    expect(plan.warnings).toEqual([]);
  });

  it('drops a selection the graph lacks, with a warning', () => {
    const plan = planRestore({ selection: ['person:nobody'] }, sampleStory(), 'x');
    expect(plan.view.selection).toBeNull();
    expect(plan.warnings[0]).toMatch(/person:nobody/);
  });

  it('selects an edge by its key', () => {
    const graph = sampleStory();
    const edge = graph.edges()[0]!;
    expect(planRestore({ selection: [edge] }, graph, 'x').view.selection).toEqual({ type: 'edge', key: edge });
  });

  it('completes partial filters with defaults and refuses bad ones by name', () => {
    expect(parseFilters({ hideAnonymous: true, hiddenNodeKinds: ['person', 'claim'] }, 'f')).toEqual({
      ...EMPTY_FILTERS,
      hideAnonymous: true,
      hiddenNodeKinds: ['claim', 'person'],
    });
    expect(() => parseFilters({ hiddenNodeKinds: ['planet'] }, 'f.sourcetrace.json')).toThrow(
      /^export\/view: f\.sourcetrace\.json: filters\.hiddenNodeKinds\.0/,
    );
    expect(() => parseFilters({ dateFrom: 'soon' }, 'f')).toThrow(/filters\.dateFrom/);
  });

  it('brings back the chain view with its breadcrumb and a selection other than the traced node', () => {
    const store = createAppStore();
    store.getState().setGraph(sampleStory());
    store.getState().traceChain('outlet:gateway-pundit');
    store.getState().traceChain('outlet:washington-post');
    store.getState().select({ type: 'node', key: 'outlet:miami-herald' });
    const view = captureView(store.getState());
    expect(view).toMatchObject({ mode: 'chain', focus: 'outlet:washington-post' });

    const fresh = createAppStore();
    fresh.getState().setGraph(sampleStory());
    const plan = planRestore(JSON.parse(JSON.stringify(view)), fresh.getState().graph, 'x');
    applyStoreView(fresh.getState(), plan.view);
    const s = fresh.getState();
    expect(s.mode).toBe('chain');
    expect(s.chainTrail).toEqual(['outlet:gateway-pundit', 'outlet:washington-post']);
    expect(s.selection).toEqual({ type: 'node', key: 'outlet:miami-herald' });
  });

  it('returns to the network view when the snapshot was taken there', () => {
    const store = createAppStore();
    store.getState().setGraph(sampleStory());
    store.getState().traceChain('outlet:gateway-pundit');
    applyStoreView(store.getState(), planRestore({ mode: 'network' }, store.getState().graph, 'x').view);
    expect(store.getState().mode).toBe('network');
    expect(store.getState().chainTrail).toEqual([]);
  });
});

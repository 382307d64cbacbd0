import { describe, expect, it } from 'vitest';
import { createAppStore } from './create-app-store';

describe('export slice', () => {
  it('queues a view to apply after the next finished layout, then clears it', () => {
    const store = createAppStore();
    store.getState().layoutStopped();
    store.getState().restoreView({ viewport: { zoom: 2, pan: { x: 1, y: 2 } } });
    expect(store.getState().pendingView).toEqual({ viewport: { zoom: 2, pan: { x: 1, y: 2 } }, afterLayoutRuns: 1 });
    store.getState().viewRestored();
    expect(store.getState().pendingView).toBeNull();
  });

  it('holds the canvas port and the last notice', () => {
    const store = createAppStore();
    expect(store.getState().canvas).toBeNull();
    store.getState().setExportNotice({ tone: 'error', text: 'export/open: x.json: bad' });
    expect(store.getState().exportNotice?.tone).toBe('error');
  });
});

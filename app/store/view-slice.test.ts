import { describe, expect, it } from 'vitest';
import { createAppStore } from './create-app-store';

describe('view slice: renderer and positions', () => {
  it('starts on the automatic renderer and records an explicit pick', () => {
    const store = createAppStore();
    expect(store.getState().renderer).toBeNull();
    store.getState().setRenderer('webgl');
    expect(store.getState().renderer).toBe('webgl');
    store.getState().setRenderer('nonsense' as 'canvas');
    expect(store.getState().renderer).toBe('webgl');
  });

  it('keeps positions by key, updating the given ones and leaving the rest', () => {
    const store = createAppStore();
    store.getState().keepPositions({ 'outlet:a': { x: 1, y: 2 }, 'person:b': { x: 3, y: 4 } });
    store.getState().keepPositions({ 'person:b': { x: 5, y: 6 }, 'claim:c': { x: 7, y: 8 } });
    expect(store.getState().positions).toEqual({
      'outlet:a': { x: 1, y: 2 },
      'person:b': { x: 5, y: 6 },
      'claim:c': { x: 7, y: 8 },
    });
  });

  it('ignores positions that are not finite and does not notify for nothing', () => {
    const store = createAppStore();
    const before = store.getState().positions;
    store.getState().keepPositions({ 'outlet:a': { x: Number.NaN, y: 0 } });
    expect(store.getState().positions).toBe(before);
  });
});

describe('view slice: the overview above the budget', () => {
  it('starts on the outlet citation map with outlets only, and takes only known overviews', () => {
    const store = createAppStore();
    expect(store.getState().overview).toBe('map');
    expect(store.getState().mapSources).toBe(0);
    store.getState().setOverview('detail');
    expect(store.getState().overview).toBe('detail');
    store.getState().setOverview('nonsense' as 'map');
    expect(store.getState().overview).toBe('detail');
  });

  it('clamps the number of sources the map draws to a whole number of at least 0', () => {
    const store = createAppStore();
    store.getState().setMapSources(24.6);
    expect(store.getState().mapSources).toBe(25);
    store.getState().setMapSources(-3);
    expect(store.getState().mapSources).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareHash } from './share-link';
import { EMPTY_FILTERS, type ViewSnapshot } from '../store';
import { decodeOverview } from './overview-param';
import { decodeViewExtras, encodeViewHash } from './view-hash';

const network: ViewSnapshot = {
  filters: EMPTY_FILTERS,
  selection: null,
  mode: 'network',
  chainTrail: [],
  focus: null,
  expanded: [],
};

describe('view hash', () => {
  it('leaves the network view to the share link format', () => {
    expect(encodeViewHash(network)).toBe('#view');
    expect(decodeViewExtras('#view')).toBeNull();
  });

  it('carries the chain mode and trail next to filters, selection and viewport', () => {
    const view: ViewSnapshot = {
      filters: { ...EMPTY_FILTERS, hiddenOutlets: ['outlet:x'], onlyDisputed: true },
      selection: { type: 'edge', key: 'cites|article:a|person:b' },
      mode: 'chain',
      chainTrail: ['claim:c & d', 'person:b'],
      focus: { key: 'outlet:x y', hops: 2 },
      expanded: ['person:b'],
    };
    const hash = encodeViewHash(view, { zoom: 1.5, pan: { x: 3, y: -4 } });
    expect(decodeViewExtras(hash)).toEqual({
      mode: 'chain',
      chainTrail: ['claim:c & d', 'person:b'],
      focus: { key: 'outlet:x y', hops: 2 },
      expanded: ['person:b'],
    });
    const shared = decodeShareHash(hash);
    expect(shared?.ignored).toEqual([]);
    expect(shared?.view.filters).toEqual(view.filters);
    expect(shared?.view.selection).toEqual(view.selection);
    expect(shared?.view.viewport).toEqual({ zoom: 1.5, pan: { x: 3, y: -4 } });
  });

  it('round-trips any trail of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 8 }), (trail) => {
        const hash = encodeViewHash({ ...network, mode: 'chain', chainTrail: trail });
        expect(decodeViewExtras(hash)).toMatchObject({ mode: 'chain', chainTrail: trail });
      }),
    );
  });

  it('falls back to the network view for unknown modes or an empty trail', () => {
    expect(decodeViewExtras('#mode=3d')).toMatchObject({ mode: 'network', chainTrail: [] });
    expect(decodeViewExtras('#mode=chain')).toMatchObject({ mode: 'network', chainTrail: [] });
    expect(decodeViewExtras('#focus=person%3Aa&hops=12')).toMatchObject({ focus: { key: 'person:a', hops: 3 } });
  });

  it('carries the overview choice, and names none for the default or for an older link', () => {
    const viewport = { zoom: 2, pan: { x: 1, y: 2 } };
    for (const choice of [
      { overview: 'detail', mapSources: 0 },
      { overview: 'map', mapSources: 25 },
    ] as const) {
      const hash = encodeViewHash(network, viewport, choice);
      expect(decodeOverview(hash)).toEqual(choice);
      expect(decodeShareHash(hash)?.view.viewport).toEqual(viewport); // the share-link part reads as before
    }
    expect(encodeViewHash(network, undefined, { overview: 'map', mapSources: 0 })).toBe('#view');
    expect(decodeOverview('#zoom=2&pan=1,2')).toBeNull();
    expect(decodeOverview('#overview=globe')).toBeNull();
    expect(decodeOverview('#overview=map&sources=lots')).toEqual({ overview: 'map', mapSources: 0 });
    expect(decodeOverview('#overview=map&sources=99999')).toEqual({ overview: 'map', mapSources: 1000 });
  });
});

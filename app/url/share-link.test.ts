import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from '../../src/model';
import { EMPTY_FILTERS } from '../store';
import { decodeShareHash, encodeShareHash, linkToView, shareLink, type SharedView } from './share-link';

const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const sortedUnique = <T extends string>(arb: fc.Arbitrary<T>) =>
  fc.uniqueArray(arb, { maxLength: 4 }).map((xs) => [...xs].sort());
const coordinate = fc.double({ min: -1e5, max: 1e5, noNaN: true }).map((n) => Math.round(n * 1000) / 1000 || 0); // -0 prints as "0"

const sharedView: fc.Arbitrary<SharedView> = fc.record(
  {
    filters: fc.record({
      hiddenNodeKinds: sortedUnique(fc.constantFrom(...NODE_KINDS)),
      hiddenEdgeKinds: sortedUnique(fc.constantFrom(...EDGE_KINDS)),
      hiddenOutlets: sortedUnique(fc.string({ minLength: 1, maxLength: 30 })),
      dateFrom: fc.oneof(fc.constant(''), day),
      dateTo: fc.oneof(fc.constant(''), day),
      hideAnonymous: fc.boolean(),
      onlyDisputed: fc.boolean(),
    }),
    selection: fc.oneof(
      fc.constant(null),
      fc.record({
        type: fc.constantFrom('node' as const, 'edge' as const),
        key: fc.string({ minLength: 1, maxLength: 50 }),
      }),
    ),
    viewport: fc.record({
      zoom: fc.double({ min: 0.05, max: 5, noNaN: true }).map((n) => Math.round(n * 1000) / 1000),
      pan: fc.record({ x: coordinate, y: coordinate }),
    }),
  },
  { requiredKeys: ['filters', 'selection'] },
);

describe('share links', () => {
  it('round-trip any view through the URL hash', () => {
    fc.assert(
      fc.property(sharedView, (view) => {
        const decoded = decodeShareHash(encodeShareHash(view));
        expect(decoded?.ignored).toEqual([]);
        expect(decoded?.view).toEqual(view);
      }),
    );
  });

  it('replace the old hash and keep the page address', () => {
    const view: SharedView = { filters: { ...EMPTY_FILTERS, hiddenNodeKinds: ['claim'] }, selection: null };
    const link = shareLink('http://127.0.0.1:4174/app/?x=1#old', view);
    expect(link).toBe('http://127.0.0.1:4174/app/?x=1#nk=claim');
  });

  it('copy the page address when it already mirrors the view, chain and focus included', () => {
    const view: SharedView = {
      filters: { ...EMPTY_FILTERS, hideAnonymous: true },
      selection: { type: 'node', key: 'outlet:a' },
      viewport: { zoom: 1.25, pan: { x: 10, y: -3.5 } },
    };
    const page = `http://h/${encodeShareHash(view)}&mode=chain&trail=claim%3Ax`;
    expect(linkToView(page, view)).toBe(page);
    const moved = { ...view, viewport: { zoom: 2, pan: { x: 0, y: 0 } } };
    expect(linkToView(page, moved)).toBe(shareLink(page, moved));
  });

  it('say "#view" for the default view and read it back as the default', () => {
    const hash = encodeShareHash({ filters: EMPTY_FILTERS, selection: null });
    expect(hash).toBe('#view');
    expect(decodeShareHash(hash)?.view).toEqual({ filters: EMPTY_FILTERS, selection: null });
  });

  it('leave hashes that are not theirs alone', () => {
    expect(decodeShareHash('')).toBeNull();
    expect(decodeShareHash('#section-2')).toBeNull();
  });

  it('keep what parses from a mangled link and name the rest', () => {
    const decoded = decodeShareHash('#nk=claim&nk=bogus&from=yesterday&zoom=-1&pan=1,2&node=outlet%3Aa');
    expect(decoded?.view.filters.hiddenNodeKinds).toEqual(['claim']);
    expect(decoded?.view.filters.dateFrom).toBe('');
    expect(decoded?.view.selection).toEqual({ type: 'node', key: 'outlet:a' });
    expect(decoded?.view.viewport).toBeUndefined();
    expect(decoded?.ignored).toEqual(['nk=bogus', 'from=yesterday', 'zoom/pan']);
  });
});

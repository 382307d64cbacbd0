import { describe, expect, it } from 'vitest';
import { OUTLET_PALETTE, outletColor } from './outlet-color';

describe('outletColor', () => {
  it('is stable per key and drawn from the palette', () => {
    const c = outletColor('outlet:wall-street-journal');
    expect(outletColor('outlet:wall-street-journal')).toBe(c);
    expect(OUTLET_PALETTE).toContain(c);
  });
  it('spreads different outlets over several colours', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((k) => `outlet:${k}`);
    expect(new Set(keys.map(outletColor)).size).toBeGreaterThan(3);
  });
  it('has a neutral colour for no outlet', () => {
    expect(OUTLET_PALETTE).not.toContain(outletColor(''));
  });
});

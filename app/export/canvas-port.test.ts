import { describe, expect, it } from 'vitest';
import { cssColorToHex, pngSizeProblem } from './canvas-port';

describe('cssColorToHex', () => {
  it('reads what Cytoscape reports and hex forms', () => {
    expect(cssColorToHex('rgb(37,99,235)')).toBe('#2563eb');
    expect(cssColorToHex('rgba(0, 0, 0, 0.5)')).toBe('#000000');
    expect(cssColorToHex('#ABC')).toBe('#aabbcc');
    expect(cssColorToHex('#a1b2c3')).toBe('#a1b2c3');
  });

  it('gives up on anything else', () => {
    expect(cssColorToHex('rgb(300, 0, 0)')).toBeUndefined();
    expect(cssColorToHex('red')).toBeUndefined();
    expect(cssColorToHex('')).toBeUndefined();
  });
});

describe('pngSizeProblem', () => {
  it('lets ordinary images through and names the size of impossible ones', () => {
    expect(pngSizeProblem(1200 * 4, 800 * 4)).toBeNull();
    expect(pngSizeProblem(20_000, 100)).toMatch(/^export\/png: the image would be 20000×100 pixels/);
    expect(pngSizeProblem(15_000, 15_000)).not.toBeNull(); // each side fits, the area does not
  });
});

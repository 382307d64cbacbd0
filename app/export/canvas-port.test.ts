import { describe, expect, it } from 'vitest';
import { cssColorToHex } from './canvas-port';

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

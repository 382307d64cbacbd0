import { describe, expect, it } from 'vitest';
import { createRandom } from './seeded-random';

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createRandom(8).next()).not.toBe(xs[0]);
  });

  it('keeps the exact sequence that fixtures, benches and headless layouts were built on', () => {
    const r = createRandom(1);
    expect([r.next(), r.next(), r.next()].map((x) => x.toFixed(9))).toEqual([
      '0.627073941',
      '0.002735721',
      '0.527447040',
    ]);
  });
});

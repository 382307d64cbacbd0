import { describe, expect, it } from 'vitest';
import { addCoref, corefScores, emptyCoref } from './coreference-scores';

describe('coreference scores', () => {
  it('scores MUC and B³ on a split and a wrong merge', () => {
    // Key {a b c} {d}; response {a b} {c d}: one of two key links kept, one of two response links right.
    const { muc, b3 } = corefScores(addCoref(emptyCoref(), ['k1', 'k1', 'k1', 'k2'], ['r1', 'r1', 'r2', 'r2']));
    expect(muc.r).toBeCloseTo(0.5);
    expect(muc.p).toBeCloseTo(0.5);
    expect(b3.p).toBeCloseTo(0.75);
    expect(b3.r).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4);
  });

  it('gives 1 to a response equal to the key, whatever its labels', () => {
    const { muc, b3 } = corefScores(addCoref(emptyCoref(), ['x', 'x', 'y'], ['p:a', 'p:a', 'p:b']));
    expect([muc.f, b3.f]).toEqual([1, 1]);
  });

  it('sums documents before dividing', () => {
    const c = emptyCoref();
    addCoref(c, ['a', 'a'], ['r', 'r']);
    addCoref(c, ['a', 'a', 'a'], ['r', 's', 't']);
    // Key links: 1 + 2, kept: 1 + 0.
    expect(corefScores(c).muc.r).toBeCloseTo(1 / 3);
    expect(c.mentions).toBe(5);
  });
});

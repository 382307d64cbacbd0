import { describe, expect, it } from 'vitest';
import { CLAIM_PAIRS } from '../test-support/claim-pairs';
import { ClaimIndex } from './claim-index';
import { sameClaim } from './claim-similarity';

describe('ClaimIndex', () => {
  it('finds (through MinHash LSH) nearly every labelled pair the measure itself would join', () => {
    const joined = CLAIM_PAIRS.filter((p) => sameClaim(p.a, p.b));
    let found = 0;
    for (const { a, b } of joined) {
      const index = new ClaimIndex();
      index.assign('claim:a', a);
      if (index.assign('claim:b', b) === 'claim:a') found++;
    }
    expect(found / joined.length).toBeGreaterThanOrEqual(0.9);
  });

  it('never returns a representative for a different labelled claim', () => {
    for (const { a, b } of CLAIM_PAIRS.filter((p) => !sameClaim(p.a, p.b))) {
      const index = new ClaimIndex();
      index.assign('claim:a', a);
      expect(index.assign('claim:b', b)).toBeUndefined();
    }
  });

  it('is deterministic and indexes each representative once', () => {
    const index = new ClaimIndex();
    expect(index.assign('claim:1', 'the embassy will reopen next month')).toBeUndefined();
    expect(index.assign('claim:1', 'the embassy will reopen next month')).toBeUndefined();
    expect(index.assign('claim:2', 'the embassy is to reopen next month')).toBe('claim:1');
    expect(index.size).toBe(1);
    expect(index.has('claim:2')).toBe(false);
  });
});

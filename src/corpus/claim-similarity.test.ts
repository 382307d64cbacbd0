import { describe, expect, it } from 'vitest';
import { CLAIM_PAIRS } from '../test-support/claim-pairs';
import { claimBag, CLAIM_THRESHOLD, guardedContainment, jaccard, sameClaim } from './claim-similarity';
import { claimTokens } from '../util/claim-tokens';

describe('claim similarity', () => {
  it('meets the measured precision and recall on the labelled pairs', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { a, b, same } of CLAIM_PAIRS) {
      const predicted = sameClaim(a, b);
      if (predicted && same) tp++;
      else if (predicted) fp++;
      else if (same) fn++;
    }
    expect(CLAIM_PAIRS.length).toBeGreaterThanOrEqual(70);
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(0.95);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.9);
  });

  it('never joins a claim and its negation', () => {
    const a = claimBag('the minister will resign on Friday');
    const b = claimBag('the minister will not resign on Friday');
    expect(guardedContainment(a, b)).toBe(0);
    expect(guardedContainment(a, claimBag('The minister would resign on Friday.'))).toBeGreaterThanOrEqual(
      CLAIM_THRESHOLD,
    );
  });

  it('compares very short claims by Jaccard, not containment', () => {
    const short = claimBag('the review was routine');
    const long = claimBag('the review of the contract was routine and would end soon');
    expect(short.list).toEqual(['review', 'routine']);
    expect(guardedContainment(short, long)).toBe(jaccard(short, long));
    expect(sameClaim('the review was routine', 'the review of the contract was routine and would end soon')).toBe(
      false,
    );
  });

  it('folds numbers, accents and possessives', () => {
    expect(claimTokens("91% of Nicolás's $40,000")).toEqual(claimTokens('91 percent of Nicolas 40000'));
    expect(claimTokens('asked for the files')).toEqual(claimTokens('asks for a file'));
    expect(claimTokens('the stories')).toEqual(claimTokens('a story'));
  });
});

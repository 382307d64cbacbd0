import { describe, expect, it } from 'vitest';
import { calibrated, fitCalibration } from './calibrate';

describe('fitCalibration', () => {
  it('pulls over-confident evidence down to the observed rate', () => {
    // A logit of 2.2 (a raw 0.9) that is right half the time.
    const samples = Array.from({ length: 400 }, (_, i) => ({ evidence: [2.2], correct: i % 2 === 0 }));
    const c = fitCalibration(samples);
    expect(calibrated(c, [2.2])).toBeGreaterThan(0.45);
    expect(calibrated(c, [2.2])).toBeLessThan(0.55);
  });

  it('learns which evidence tells right from wrong', () => {
    // The second feature decides (80 % vs 20 % right); the first is noise.
    const samples = Array.from({ length: 1000 }, (_, i) => ({
      evidence: [i % 3, i % 2],
      correct: i % 2 === 1 ? i % 10 !== 1 : i % 10 === 0,
    }));
    const c = fitCalibration(samples);
    expect(calibrated(c, [1, 1])).toBeCloseTo(0.8, 1);
    expect(calibrated(c, [1, 0])).toBeCloseTo(0.2, 1);
    expect(Math.abs(c.weights[0]!)).toBeLessThan(0.2);
  });
});

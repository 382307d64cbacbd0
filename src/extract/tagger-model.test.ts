import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, floatWeights, LABEL_COUNT, QUANTIZED_STRIDE } from './tagger-model';

const model = () => {
  const weights = new Float32Array(16 * LABEL_COUNT);
  weights[3 * LABEL_COUNT + 2] = 1.5;
  weights[9 * LABEL_COUNT + 0] = -0.75;
  weights[12 * LABEL_COUNT + 6] = 0.0001; // below the pruning line
  const transitions = new Float32Array((LABEL_COUNT + 1) * LABEL_COUNT).map((_, i) => (i % 5) / 10);
  return { bits: 4, weights, transitions, calibration: { weights: [0.8, 0.1], intercept: -0.2 } };
};

describe('tagger model files', () => {
  it('round-trip the weights that carry weight, to int16 precision', () => {
    const back = decodeModel(JSON.parse(JSON.stringify(encodeModel(model()))));
    const { values, scale } = back.quantized!;
    const weight = (row: number, label: number) => values[row * QUANTIZED_STRIDE + label]! * scale;
    expect(weight(3, 2)).toBeCloseTo(1.5, 3);
    expect(weight(9, 0)).toBeCloseTo(-0.75, 3);
    expect(weight(12, 6)).toBe(0);
    // Only the two rows with weight are in the file.
    expect(encodeModel(back).values.length).toBe(Math.ceil((2 * LABEL_COUNT * 2) / 3) * 4);
    expect(floatWeights(back)[3 * LABEL_COUNT + 2]).toBe(weight(3, 2));
    expect(encodeModel(back)).toEqual(encodeModel(model()));
    expect(back.transitions[4]).toBeCloseTo(0.4, 4);
    expect(back.calibration).toEqual({ weights: [0.8, 0.1], intercept: -0.2 });
  });

  it('refuse a file of another kind', () => {
    const file = { ...encodeModel(model()), version: 2 as unknown as 1 };
    expect(() => decodeModel(file)).toThrow(/extract\/tagger-model: not a version 1/);
  });
});

import type { TaggerModel } from '../extract';
import { FEATURES_PER_TOKEN, LABEL_COUNT, emissions, viterbi } from '../extract';
import { createRandom } from '../util/seeded-random';
import type { TrainingSequence } from './training-data';

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
}

/**
 * A structured averaged perceptron (Collins 2002): decode each paragraph with the current weights, and where
 * the best sequence differs from the gold one, move weights toward the gold labels. The averaged weights
 * (over every step) are returned; averaging is what keeps a perceptron from overfitting its last examples.
 */
export function trainTagger(data: readonly TrainingSequence[], options: TrainOptions): TaggerModel {
  const L = LABEL_COUNT;
  const F = FEATURES_PER_TOKEN;
  const size = (1 << options.bits) * L;
  const w = new Float32Array(size);
  // Sums of step × update, so the average is w - u / steps without touching every weight at every step.
  const u = new Float64Array(size);
  const tw = new Float32Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  const current: TaggerModel = { bits: options.bits, weights: w, transitions: tw, calibration: identity };
  const random = createRandom(options.seed);
  const order = data.map((_, i) => i);
  let step = 1;
  let em = new Float32Array(0);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = random.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const { feats, labels, n } = data[k]!;
      if (n === 0) continue;
      if (em.length < n * L) em = new Float32Array(n * L * 2);
      const pred = viterbi(emissions(current, feats, n, em), n, tw);
      for (let i = 0; i < n; i++) {
        const g = labels[i]!;
        const p = pred[i]!;
        const gPrev = i === 0 ? L : labels[i - 1]!;
        const pPrev = i === 0 ? L : pred[i - 1]!;
        if (g !== p) {
          for (let f = 0; f < F; f++) {
            const row = feats[i * F + f]! * L;
            w[row + g]! += 1;
            u[row + g]! += step;
            w[row + p]! -= 1;
            u[row + p]! -= step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * L + g]! += 1;
          tu[gPrev * L + g]! += step;
          tw[pPrev * L + p]! -= 1;
          tu[pPrev * L + p]! -= step;
        }
      }
      step++;
    }
  }
  const avg = (x: Float32Array, sums: Float64Array) => x.map((v, i) => v - sums[i]! / step);
  return { bits: options.bits, weights: avg(w, u), transitions: avg(tw, tu), calibration: identity };
}

// No calibration yet: the confidence is the raw label probability until the folds have been scored.
const identity = { weights: [], intercept: 0 };

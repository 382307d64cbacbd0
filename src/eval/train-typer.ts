import type { TyperModel } from '../extract';

/** One training example: a name's features and its gold class (an index into the model's classes). */
export interface TyperExample {
  features: readonly string[];
  label: number;
}

/**
 * An averaged multiclass perceptron (Collins 2002): on each mistake the gold class's weights gain the
 * features and the guessed class's lose them; the returned weights are averaged over every step, which
 * keeps late, noisy updates from dominating. Deterministic: examples are visited in a fixed shuffled order.
 */
export function trainTyper(classes: readonly string[], examples: readonly TyperExample[], epochs = 10): TyperModel {
  // One visiting order makes the weights hang on it: a single example more or less reshuffles every epoch
  // and moved held-out typing by a point. The mean of several orders' models is steadier.
  const models = SHUFFLE_SEEDS.map((seed) => trainOnce(classes, examples, epochs, seed));
  const weights: Record<string, number[]> = {};
  for (const f of [...new Set(models.flatMap((m) => Object.keys(m.weights)))].sort()) {
    const mean = classes.map((_, c) => models.reduce((sum, m) => sum + (m.weights[f]?.[c] ?? 0), 0) / models.length);
    const rounded = mean.map((v) => Math.round(v * 1000) / 1000);
    if (rounded.some((v) => v !== 0)) weights[f] = rounded;
  }
  return { classes: [...classes], weights };
}

const SHUFFLE_SEEDS = [7, 101, 2027, 40009, 918273];

function trainOnce(classes: readonly string[], examples: readonly TyperExample[], epochs: number, start: number) {
  const k = classes.length;
  const w = new Map<string, number[]>();
  // Sum of (step × update) per weight, for the lazy average: avg = w − acc / steps.
  const acc = new Map<string, number[]>();
  const row = (m: Map<string, number[]>, f: string) => {
    let r = m.get(f);
    if (!r) m.set(f, (r = new Array<number>(k).fill(0)));
    return r;
  };
  let step = 1;
  const order = examples.map((_, i) => i);
  let seed = start;
  for (let e = 0; e < epochs; e++) {
    // A small LCG shuffle: the same order on every run, a different one each epoch.
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const ex = examples[i]!;
      const scores = new Array<number>(k).fill(0);
      for (const f of ex.features) {
        const r = w.get(f);
        if (r) for (let c = 0; c < k; c++) scores[c]! += r[c]!;
      }
      let guess = 0;
      for (let c = 1; c < k; c++) if (scores[c]! > scores[guess]!) guess = c;
      if (guess !== ex.label) {
        for (const f of ex.features) {
          row(w, f)[ex.label]! += 1;
          row(w, f)[guess]! -= 1;
          row(acc, f)[ex.label]! += step;
          row(acc, f)[guess]! -= step;
        }
      }
      step++;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const f of [...w.keys()].sort()) {
    const a = acc.get(f)!;
    const avg = w.get(f)!.map((v, c) => Math.round((v - a[c]! / step) * 1000) / 1000);
    if (avg.some((v) => v !== 0)) weights[f] = avg;
  }
  return { classes: [...classes], weights };
}

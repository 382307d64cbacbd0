import { stat } from 'node:fs/promises';
import type { CrossValidation } from './cross-validate';
import { crossValidate, VARIANTS } from './cross-validate';
import { loadSet } from './load-sets';
import type { TrainOptions } from './perceptron';
import type { PreparedArticle } from './training-data';
import { prepareArticle } from './training-data';

/** The training settings of the committed model (data/models/README.md). */
export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { bits: 18, epochs: 10, seed: 12 };

export async function prepareSet(path: string, bits: number, log: (l: string) => void): Promise<PreparedArticle[]> {
  const t0 = Date.now();
  const out = (await loadSet(path)).map((a) => prepareArticle(a, bits));
  const tokens = out.reduce((n, p) => n + p.sequences.reduce((m, s) => m + s.n, 0), 0);
  log(`${path}: ${out.length} articles, ${tokens} tokens, read in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return out;
}

/**
 * Cross-validation inside PolNeAR train, trained on the other folds plus the extra sets that exist (a
 * missing default set is skipped, so the figures say what they were trained on).
 */
export async function polnearCrossValidation(
  polnear: string,
  extraSets: readonly string[],
  folds: number,
  train: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  log: (l: string) => void = () => {},
): Promise<CrossValidation> {
  const corpus = await prepareSet(polnear, train.bits, log);
  const extra: PreparedArticle[] = [];
  for (const set of extraSets) {
    if (!(await stat(set).catch(() => null))) {
      log(`${set}: not found, not trained on`);
      continue;
    }
    extra.push(...(await prepareSet(set, train.bits, log)));
  }
  return crossValidate(corpus, extra, folds, train, VARIANTS, log);
}

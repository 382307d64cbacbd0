import type { GoldArticle, Outcome, Scores } from '../eval';
import { addScores, emptyScores, scoreArticle } from '../eval';
import type { ExtractOptions, TaggerModel } from '../extract';
import { extractFacts, tagArticle } from '../extract';
import type { CalibrationSample } from './calibrate';
import { fitCalibration } from './calibrate';
import type { TrainOptions } from './perceptron';
import { trainTagger } from './perceptron';
import type { PreparedArticle } from './training-data';

/** A named way to run extraction, scored side by side (rules alone, model alone, combinations). */
export interface Variant {
  name: string;
  options: ExtractOptions;
}

export interface VariantScores {
  name: string;
  scores: Scores;
  outcomes: Outcome[];
}

type SourceSpans = 'rules' | 'model' | 'extend' | 'extend-left';
const gate = (minConfidence: number, sourceSpans: SourceSpans = 'rules'): Variant => ({
  name: `rules + model${sourceSpans === 'rules' ? '' : `, ${sourceSpans} sources`}${minConfidence ? `, gate ${minConfidence}` : ''}`,
  options: { attributionModel: { minConfidence, sourceSpans } },
});

/** The combination extraction uses by default (DEFAULT_MODEL_OPTIONS), chosen from these figures. */
export const DEFAULT_VARIANT: Variant = gate(0.8, 'extend-left');

export const VARIANTS: readonly Variant[] = [
  { name: 'rules', options: { attributionModel: false } },
  // Ungated: the model alone, whatever its confidence (the default options would gate it).
  { name: 'model', options: { rules: false, attributionModel: { minConfidence: 0 } } },
  { name: 'model, gate 0.8', options: { rules: false, attributionModel: { minConfidence: 0.8 } } },
  gate(0),
  gate(0.8),
  gate(0, 'model'),
  gate(0.8, 'extend'),
  gate(0.7, 'extend-left'),
  gate(0.75, 'extend-left'),
  DEFAULT_VARIANT,
  gate(0.85, 'extend-left'),
];

/** Scores every variant on gold articles with one tagger. */
export function scoreVariants(
  articles: readonly GoldArticle[],
  tagger: TaggerModel,
  variants: readonly Variant[],
  into?: VariantScores[],
): VariantScores[] {
  const out = into ?? variants.map((v) => ({ name: v.name, scores: emptyScores(), outcomes: [] as Outcome[] }));
  for (const a of articles) {
    variants.forEach((v, i) => {
      const { attributions } = extractFacts({ id: a.id, text: a.text }, { ...v.options, tagger });
      const { scores, outcomes } = scoreArticle(a, attributions);
      addScores(out[i]!.scores, scores);
      out[i]!.outcomes.push(...outcomes);
    });
  }
  return out;
}

export interface CrossValidation {
  variants: VariantScores[];
  /** Out-of-fold evidence and outcomes of the model's attributions: what the final calibration is fitted on. */
  samples: CalibrationSample[];
}

/** The tagger's attributions with a source in held-out articles, each with whether its source overlaps a gold one. */
export function calibrationSamples(articles: readonly GoldArticle[], tagger: TaggerModel): CalibrationSample[] {
  const out: CalibrationSample[] = [];
  for (const a of articles) {
    const rules = extractFacts({ id: a.id, text: a.text }, { attributionModel: false }).attributions;
    for (const m of tagArticle(a.text, tagger, rules)) {
      if (!m.source) continue;
      const { start, end } = m.source;
      const correct = a.attributions.some((g) => g.sourceFragments.some(([s, e]) => s < end && start < e));
      out.push({ evidence: m.tagged.evidence, correct });
    }
  }
  return out;
}

/**
 * k-fold cross-validation inside one corpus (article i in fold i mod k). Each fold's tagger is trained on
 * the other folds plus `extra` (never scored here); its calibration is fitted on the other folds'
 * out-of-fold outcomes, so no confidence is judged on data that set it.
 */
export function crossValidate(
  corpus: readonly PreparedArticle[],
  extra: readonly PreparedArticle[],
  k: number,
  train: TrainOptions,
  variants: readonly Variant[] = VARIANTS,
  log: (line: string) => void = () => {},
): CrossValidation {
  const folds = Array.from({ length: k }, (_, f) => corpus.filter((_, i) => i % k === f));
  const models: TaggerModel[] = [];
  const samples: (CalibrationSample & { fold: number })[] = [];
  folds.forEach((held, f) => {
    const data = [...corpus.filter((_, i) => i % k !== f), ...extra].flatMap((p) => p.sequences);
    const t0 = Date.now();
    const model = trainTagger(data, train);
    models.push(model);
    samples.push(
      ...calibrationSamples(
        held.map((p) => p.gold),
        model,
      ).map((s) => ({ ...s, fold: f })),
    );
    log(`fold ${f + 1}/${k}: trained in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  });
  const out = variants.map((v) => ({ name: v.name, scores: emptyScores(), outcomes: [] as Outcome[] }));
  folds.forEach((held, f) => {
    const calibration = fitCalibration(samples.filter((o) => o.fold !== f));
    scoreVariants(
      held.map((p) => p.gold),
      { ...models[f]!, calibration },
      variants,
      out,
    );
  });
  return { variants: out, samples };
}

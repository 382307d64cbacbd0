import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { decodeModel, encodeModel, EVIDENCE } from '../extract';
import type { CalibrationSample } from './calibrate';
import type { TrainOptions } from '.';
import {
  crossValidate,
  cvReport,
  DEFAULT_TRAIN_OPTIONS,
  fitCalibration,
  loadSet,
  prepareSet,
  scoreVariants,
  trainTagger,
  VARIANTS,
} from '.';
import type { PreparedArticle } from './training-data';

const usage = `Usage: npm run train -- --polnear PATH [--gum FILE] [--extra SET]... [--folds K] [--epochs N]
                 [--bits B] [--eval SET]... [--out FILE]

Trains the attribution tagger on PolNeAR's train split (a brat folder: PATH/text, PATH/attributions) plus
the --gum and --extra sets, cross-validates it inside PolNeAR train (K folds, 0 to skip), fits the
confidence calibration on the folds, scores the final model on the --eval sets, and writes the weights.
Defaults: --gum ../shared/eval/gum-train.jsonl, --folds 5, --epochs 10, --bits 18,
--eval ../shared/eval/gum-news.jsonl data/eval, --out data/models/attribution-tagger.json.
`;

function parseArgs(argv: string[]) {
  const opt = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const many = (name: string, fallback: string[]) => {
    const out = argv.flatMap((a, i) => (a === name && argv[i + 1] ? [argv[i + 1]!] : []));
    return out.length ? out : fallback;
  };
  const polnear = opt('--polnear', '');
  return {
    polnear,
    gum: opt('--gum', '../shared/eval/gum-train.jsonl'),
    extra: many('--extra', []),
    folds: Number(opt('--folds', '5')),
    train: {
      epochs: Number(opt('--epochs', String(DEFAULT_TRAIN_OPTIONS.epochs))),
      bits: Number(opt('--bits', String(DEFAULT_TRAIN_OPTIONS.bits))),
      seed: DEFAULT_TRAIN_OPTIONS.seed,
    } as TrainOptions,
    evalSets: many('--eval', ['../shared/eval/gum-news.jsonl', 'data/eval']),
    out: opt('--out', 'data/models/attribution-tagger.json'),
  };
}

const log = (l: string) => console.log(l);
const prepare = (path: string, bits: number) => prepareSet(path, bits, log);

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.polnear || argv.includes('--help')) {
    process.stdout.write(usage);
    return args.polnear ? 0 : 2;
  }
  const started = Date.now();
  const polnear = await prepare(resolve(args.polnear), args.train.bits);
  const extra: PreparedArticle[] = [];
  for (const set of [args.gum, ...args.extra].filter(Boolean))
    extra.push(...(await prepare(resolve(set), args.train.bits)));
  let samples: CalibrationSample[] = [];
  if (args.folds > 1) {
    const cv = crossValidate(polnear, extra, args.folds, args.train, VARIANTS, log);
    samples = cv.samples;
    console.log('\n' + cvReport(`PolNeAR train, ${args.folds}-fold cross-validation:`, cv));
  }
  const t0 = Date.now();
  const model = trainTagger(
    [...polnear, ...extra].flatMap((p) => p.sequences),
    args.train,
  );
  const calibration = samples.length ? fitCalibration(samples) : model.calibration;
  console.log(`final model trained in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log('calibration:', EVIDENCE.map((e, i) => `${e} ${calibration.weights[i]?.toFixed(3)}`).join('; '));
  const final = { ...model, calibration };
  // The corpus path's last three parts ("polnear/data/train"): where it is on this machine is no fact about the model.
  const meta = {
    trainedOn: [args.polnear.split('/').slice(-3).join('/'), args.gum, ...args.extra],
    folds: args.folds,
    ...args.train,
  };
  // Rows under 2 % of the largest weight cost F1 nothing measurable on gum-news and are 3/4 of the file.
  const file = encodeModel(final, 0.02, meta);
  await mkdir(dirname(resolve(args.out)), { recursive: true });
  await writeFile(resolve(args.out), JSON.stringify(file) + '\n');
  console.log(`wrote ${args.out} (${(JSON.stringify(file).length / 1e6).toFixed(2)} MB)`);
  for (const set of args.evalSets) {
    const gold = await loadSet(resolve(set));
    // The weights as written (pruned, int16), so the figures are those of the committed file.
    const written = decodeModel(file);
    console.log('\n' + cvReport(`${set} (final model):`, { variants: scoreVariants(gold, written, VARIANTS) }));
  }
  console.log(`total ${((Date.now() - started) / 60000).toFixed(1)} min`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);

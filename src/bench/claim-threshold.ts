/**
 * Sweeps similarity measures and thresholds over the labelled claim pairs and prints precision,
 * recall and F1, so the clustering threshold is chosen by measurement. Run: `npx tsx src/bench/claim-threshold.ts`.
 */
import { CLAIM_PAIRS } from '../test-support/claim-pairs';
import {
  bigrams,
  binaryCosine,
  claimBag,
  containment,
  guardedContainment,
  jaccard,
  tokenBag,
} from '../corpus/claim-similarity';
import { claimTokens } from '../util/claim-tokens';

type Measure = (a: string, b: string) => number;

const charGrams = (s: string, n = 4): string[] => {
  const flat = ` ${s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
  const out = new Set<string>();
  for (let i = 0; i + n <= flat.length; i++) out.add(flat.slice(i, i + n));
  return [...out];
};

export const MEASURES: Record<string, Measure> = {
  'word jaccard': (a, b) => jaccard(claimBag(a), claimBag(b)),
  'word cosine': (a, b) => binaryCosine(claimBag(a), claimBag(b)),
  'word containment': (a, b) => containment(claimBag(a), claimBag(b)),
  'guarded containment': (a, b) => guardedContainment(claimBag(a), claimBag(b)),
  'bigram jaccard': (a, b) => jaccard(tokenBag(bigrams(claimTokens(a))), tokenBag(bigrams(claimTokens(b)))),
  'char-4 jaccard': (a, b) => jaccard(tokenBag(charGrams(a)), tokenBag(charGrams(b))),
  'char-4 cosine': (a, b) => binaryCosine(tokenBag(charGrams(a)), tokenBag(charGrams(b))),
};

export interface Score {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(measure: Measure, threshold: number): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { a, b, same } of CLAIM_PAIRS) {
    const predicted = measure(a, b) >= threshold;
    if (predicted && same) tp++;
    else if (predicted) fp++;
    else if (same) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { threshold, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

function main(): void {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
  const positives = CLAIM_PAIRS.filter((p) => p.same).length;
  console.log(`${CLAIM_PAIRS.length} pairs (${positives} same, ${CLAIM_PAIRS.length - positives} different)\n`);
  for (const [name, measure] of Object.entries(MEASURES)) {
    const rows: Score[] = [];
    for (let t = 0.2; t <= 0.901; t += 0.05) rows.push(score(measure, Math.round(t * 100) / 100));
    const best = rows.reduce((x, y) => (y.f1 > x.f1 ? y : x));
    const safe = rows.filter((r) => r.precision >= 0.95).reduce((x, y) => (y.f1 > x.f1 ? y : x), score(measure, 2));
    const line = (label: string, r: Score) =>
      `${label} t=${r.threshold.toFixed(2)} P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)}`;
    console.log(`${name.padEnd(20)} ${line('best', best)} | ${line('best with P>=95%', safe)}`);
    console.log('   ' + rows.map((r) => `${r.threshold.toFixed(2)}:${pct(r.precision)}/${pct(r.recall)}`).join(' '));
  }
}

if (process.argv[1]?.endsWith('claim-threshold.ts')) main();

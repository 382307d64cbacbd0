import type { Calibration } from '../extract';

export interface CalibrationSample {
  evidence: readonly number[];
  correct: boolean;
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (Math.abs(m[p]![c]!) < 1e-12) return null;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= m[r]![k]! * x[k]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

/**
 * Logistic regression of "the source is right" on the attributions' evidence, by Newton's method with step
 * halving and a little L2, on outcomes the model did not train on (cross-validation folds).
 */
export function fitCalibration(samples: readonly CalibrationSample[]): Calibration {
  const d = (samples[0]?.evidence.length ?? 0) + 1;
  if (samples.length === 0) return { weights: [], intercept: 0 };
  const lambda = 1e-3 * samples.length;
  const x = (s: CalibrationSample, j: number) => (j === 0 ? 1 : (s.evidence[j - 1] ?? 0));
  const z = (w: number[], s: CalibrationSample) => w.reduce((acc, wj, j) => acc + wj * x(s, j), 0);
  const loss = (w: number[]) => {
    let l = (lambda / 2) * w.reduce((acc, wj, j) => acc + (j ? wj * wj : 0), 0);
    for (const s of samples) {
      const m = s.correct ? -z(w, s) : z(w, s);
      l += m > 30 ? m : Math.log1p(Math.exp(m));
    }
    return l;
  };
  let w = new Array<number>(d).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const g = w.map((wj, j) => (j ? lambda * wj : 0));
    const h = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i ? lambda : 0)));
    for (const s of samples) {
      const p = 1 / (1 + Math.exp(-z(w, s)));
      const r = p - (s.correct ? 1 : 0);
      const v = p * (1 - p);
      for (let i = 0; i < d; i++) {
        g[i]! += r * x(s, i);
        for (let j = 0; j < d; j++) h[i]![j]! += v * x(s, i) * x(s, j);
      }
    }
    h[0]![0]! += 1e-9;
    let step = solve(h, g);
    if (!step) break;
    // Newton overshoots where the evidence barely varies (the Hessian is near singular): halve until the loss falls.
    const before = loss(w);
    let next = w.map((wj, j) => wj - step![j]!);
    for (let k = 0; k < 30 && loss(next) > before; k++) {
      step = step.map((s) => s / 2);
      next = w.map((wj, j) => wj - step![j]!);
    }
    const moved = step.reduce((acc, s) => acc + Math.abs(s), 0);
    w = next;
    if (moved < 1e-7) break;
  }
  return { weights: w.slice(1), intercept: w[0]! };
}

/** The probability a calibration gives an evidence vector (the map the tagger applies at extraction). */
export function calibrated(c: Calibration, evidence: readonly number[]): number {
  let zz = c.intercept;
  c.weights.forEach((wj, j) => (zz += wj * (evidence[j] ?? 0)));
  return 1 / (1 + Math.exp(-zz));
}

export interface Outcome {
  confidence: number;
  correct: boolean;
}

export interface Bin {
  from: number;
  to: number;
  count: number;
  correct: number;
  meanConfidence: number;
}

/** Predicted-confidence bins vs observed precision (a reliability diagram as a table), plus the expected calibration error. */
export function reliability(outcomes: readonly Outcome[], bins = 10): { bins: Bin[]; ece: number } {
  const out: Bin[] = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    count: 0,
    correct: 0,
    meanConfidence: 0,
  }));
  for (const o of outcomes) {
    const b = out[Math.min(bins - 1, Math.floor(o.confidence * bins))]!;
    b.count++;
    if (o.correct) b.correct++;
    b.meanConfidence += o.confidence;
  }
  let ece = 0;
  for (const b of out) {
    if (b.count) b.meanConfidence /= b.count;
    if (outcomes.length) ece += (b.count / outcomes.length) * Math.abs(b.correct / (b.count || 1) - b.meanConfidence);
  }
  return { bins: out, ece };
}

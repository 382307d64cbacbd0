import type { Resolution } from './entities';
import type { Pattern } from './rules';
import type { AttributionType } from './types';

export interface ConfidenceEvidence {
  /** Prior strength of the cue from data/cues.json. */
  strength: number;
  pattern: Pattern;
  resolution: Resolution;
  type: AttributionType;
  /** Tokens between the source phrase and the cue. */
  distance: number;
  /** Content is the next paragraph (colon-introduced). */
  nextBlock: boolean;
  anonymous: boolean;
}

// Weights were fitted by hand against the reliability table of `npm run eval` (GUM + data/eval).
const PATTERN: Record<Pattern, number> = {
  subject: 0.35,
  according: 0.45,
  inverted: 0.4,
  apposition: 0.1,
  passive: -0.2,
  credit: 0.6,
  gerund: -0.6,
};
const RESOLUTION: Record<Resolution, number> = {
  explicit: 0.1,
  gazetteer: 0.5,
  alias: 0.3,
  surname: 0.3,
  pronoun: -0.1,
  anaphor: -0.3,
};

/** How likely an attribution is right, in [0, 1]: a logistic score over the evidence the extractor had. */
export function attributionConfidence(ev: ConfidenceEvidence): number {
  let z = -2.2 + 3.2 * ev.strength + PATTERN[ev.pattern] + RESOLUTION[ev.resolution];
  if (ev.type !== 'indirect') z += 0.4;
  if (ev.nextBlock) z -= 0.2;
  z -= 0.08 * Math.max(0, ev.distance - 2);
  const p = 1 / (1 + Math.exp(-z));
  return Math.round(p * 1000) / 1000;
}

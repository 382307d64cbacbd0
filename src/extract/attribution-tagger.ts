import type { Lexicon } from './lexicon';
import type { TaggerSequence } from './tagger-features';
import { FEATURES_PER_TOKEN, RULE_MARKS, featurize } from './tagger-features';
import type { TaggerModel } from './tagger-model';
import { LABEL_COUNT, QUANTIZED_STRIDE } from './tagger-model';

// Module-level copies: bundlers inline imported constants, but Node's module loaders (tsx, vitest) read each
// through a getter on the exporting module, which costs more than the arithmetic in the loops below.
// The unrolled sums of quantizedEmissions hold seven labels: the type fails if TAG_LABELS changes.
const L: 7 = LABEL_COUNT;
const F = FEATURES_PER_TOKEN;
const STRIDE = QUANTIZED_STRIDE;
const MARK_CUE = RULE_MARKS.cue;
const MARK_SOURCE = RULE_MARKS.source;

/** A span the tagger found: token range [from, to] of its sequence, and the mean local probability of its labels. */
export interface TaggedSpan {
  field: 'source' | 'cue' | 'content';
  from: number;
  to: number;
  score: number;
}

/** An attribution as the tagger links it: token ranges into the sequence. */
export interface TaggedAttribution {
  source: TaggedSpan | null;
  cue: TaggedSpan;
  content: TaggedSpan;
  /** What the confidence is computed from, in EVIDENCE order. */
  evidence: number[];
  /** Calibrated probability that the source is right (overlap), from the model's calibration. */
  confidence: number;
}

/** The calibration's inputs: the tagger's own label probabilities, and what the lexicon and the rules say. */
export const EVIDENCE = [
  'logit source probability',
  'logit cue probability',
  'logit content probability',
  'cue word in the lexicon',
  'rules marked the cue',
  'rules marked the source',
  'source is one pronoun',
  'source after the cue',
  'tokens between cue and content / 10',
  'source longer than six tokens',
] as const;

// I-X may only follow B-X or I-X: label 2k+2 (I) after 2k+1 (B) or 2k+2.
const ALLOWED = (() => {
  const a = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++)
    for (let l = 0; l < L; l++) a[p * L + l] = l % 2 === 1 || l === 0 || p === l || p === l - 1 ? 1 : 0;
  return a;
})();
// The labels allowed before each label are one run [PREV_FROM, PREV_TO): all seven, or B-X and I-X.
const PREV_FROM = new Uint8Array(L);
const PREV_TO = new Uint8Array(L);
for (let l = 0; l < L; l++) {
  let p = 0;
  while (!ALLOWED[p * L + l]) p++;
  PREV_FROM[l] = p;
  while (p < L && ALLOWED[p * L + l]) p++;
  PREV_TO[l] = p;
}

/** Emission scores [token][label] of a featurised sequence. */
export function emissions(
  model: TaggerModel,
  feats: Uint32Array,
  n: number,
  out: Float32Array = new Float32Array(n * L),
): Float32Array {
  if (model.quantized) return quantizedEmissions(model.quantized, feats, n, out);
  const w = model.weights;
  if (!w) throw new Error('extract/attribution-tagger: the model has no weights');
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const o = i * L;
    for (let k = 0; k < F; k++) {
      const row = feats[i * F + k]! * L;
      for (let l = 0; l < L; l++) out[o + l]! += w[row + l]!;
    }
  }
  return out;
}

/** Emissions from int16 weights, summed as integers (in any order, the same sums) and scaled once per token. */
function quantizedEmissions(
  q: { values: Int16Array; scale: number },
  feats: Uint32Array,
  n: number,
  out: Float32Array,
): Float32Array {
  const v = q.values;
  const scale = q.scale;
  for (let i = 0; i < n; i++) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      s4 = 0,
      s5 = 0,
      s6 = 0;
    for (let k = i * F, end = k + F; k < end; k++) {
      const row = feats[k]! * STRIDE;
      s0 += v[row]!;
      s1 += v[row + 1]!;
      s2 += v[row + 2]!;
      s3 += v[row + 3]!;
      s4 += v[row + 4]!;
      s5 += v[row + 5]!;
      s6 += v[row + 6]!;
    }
    const o = i * L;
    out[o] = s0 * scale;
    out[o + 1] = s1 * scale;
    out[o + 2] = s2 * scale;
    out[o + 3] = s3 * scale;
    out[o + 4] = s4 * scale;
    out[o + 5] = s5 * scale;
    out[o + 6] = s6 * scale;
  }
  return out;
}

interface Buffers {
  feats: Uint32Array;
  em: Float32Array;
  score: Float32Array;
  back: Uint8Array;
}
const buffersFor = (n: number): Buffers => ({
  feats: new Uint32Array(n * F),
  em: new Float32Array(n * L),
  score: new Float32Array(n * L),
  back: new Uint8Array(n * L),
});
// Paragraphs up to this long reuse one set of buffers (tagging is one paragraph at a time per process or
// worker); a longer one, a megabyte on one line, gets its own, so that no process keeps it.
const MAX_REUSED = 4096;
let reused = buffersFor(0);

/** Buffers for a paragraph of n tokens, reused from the last paragraph's when they are long enough. */
function buffers(n: number): Buffers {
  if (n > MAX_REUSED) return buffersFor(n);
  if (reused.back.length < n * L)
    reused = buffersFor(Math.min(MAX_REUSED, Math.max(n, 2 * (reused.back.length / L), 64)));
  return reused;
}

/** The best label sequence under BIO constraints (Viterbi over emissions + transitions). */
export function viterbi(em: Float32Array, n: number, transitions: Float32Array): Uint8Array {
  const { score, back } = buffers(n);
  for (let l = 0; l < L && n > 0; l++) {
    score[l] = (ALLOWED[L * L + l] ? transitions[L * L + l]! : -Infinity) + em[l]!;
    back[l] = 0;
  }
  for (let i = 1; i < n; i++) {
    const here = i * L;
    const prev = here - L;
    for (let l = 0; l < L; l++) {
      // Ascending, strictly better only: a tie keeps the first label, as a scan over all seven would.
      let best = -Infinity;
      let arg = 0;
      for (let p = PREV_FROM[l]!; p < PREV_TO[l]!; p++) {
        const s = score[prev + p]! + transitions[p * L + l]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[here + l] = best + em[here + l]!;
      back[here + l] = arg;
    }
  }
  const labels = new Uint8Array(n);
  if (n === 0) return labels;
  let best = 0;
  for (let l = 1; l < L; l++) if (score[(n - 1) * L + l]! > score[(n - 1) * L + best]!) best = l;
  for (let i = n - 1; i >= 0; i--) {
    labels[i] = best;
    best = back[i * L + best]!;
  }
  return labels;
}

const FIELDS = ['source', 'cue', 'content'] as const;

/** Spans of a label sequence, each scored by the mean softmax probability of its labels given the previous one. */
export function spansOf(labels: Uint8Array, em: Float32Array, transitions: Float32Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let open: TaggedSpan | undefined;
  let sum = 0;
  const close = () => {
    if (open) out.push({ ...open, score: sum / (open.to - open.from + 1) });
    open = undefined;
  };
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    if (l === 0 || l % 2 === 1) close();
    if (l === 0) continue;
    if (l % 2 === 1) {
      open = { field: FIELDS[(l - 1) / 2]!, from: i, to: i, score: 0 };
      sum = 0;
    }
    open!.to = i;
    const prev = i === 0 ? L : labels[i - 1]!;
    let z = 0;
    for (let k = 0; k < L; k++)
      z += Math.exp(em[i * L + k]! + transitions[prev * L + k]! - em[i * L + l]! - transitions[prev * L + l]!);
    sum += 1 / z;
  }
  close();
  return out;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(Math.max(1e-3, p) / Math.max(1e-3, 1 - p));

/** The uncalibrated score of an attribution: the mean label probability of its spans. */
export function rawScore(a: { source: TaggedSpan | null; cue: TaggedSpan; content: TaggedSpan }): number {
  return a.source ? (a.cue.score + a.source.score + a.content.score) / 3 : (a.cue.score + a.content.score) / 2;
}

/** The calibrated confidence of an evidence vector (the raw score when the model has no calibration yet). */
export function calibratedConfidence(
  calibration: TaggerModel['calibration'],
  evidence: readonly number[],
  raw: number,
) {
  if (calibration.weights.length === 0) return raw;
  let z = calibration.intercept;
  for (let i = 0; i < calibration.weights.length; i++) z += calibration.weights[i]! * (evidence[i] ?? 0);
  return sigmoid(z);
}

function evidenceOf(
  seq: TaggerSequence,
  cueClass: (i: number) => boolean,
  a: Omit<TaggedAttribution, 'evidence' | 'confidence'>,
) {
  const any = (s: TaggedSpan | null, test: (i: number) => boolean) => {
    if (s) for (let i = s.from; i <= s.to; i++) if (test(i)) return 1;
    return 0;
  };
  const { source, cue, content } = a;
  const gap = content.from > cue.to ? content.from - cue.to - 1 : Math.max(0, cue.from - content.to - 1);
  return [
    source ? logit(source.score) : 0,
    logit(cue.score),
    logit(content.score),
    any(cue, cueClass),
    any(cue, (i) => seq.ruleMarks[i] === MARK_CUE),
    any(source, (i) => seq.ruleMarks[i] === MARK_SOURCE),
    source && source.from === source.to && seq.tokens[source.from]!.pos === 'PRON' ? 1 : 0,
    source && source.from > cue.to ? 1 : 0,
    gap / 10,
    source && source.to - source.from >= 6 ? 1 : 0,
  ];
}

// A content further than this from its cue (in tokens, the source between not counted) belongs to another.
const MAX_CONTENT_GAP = 12;

type Linked = Omit<TaggedAttribution, 'evidence' | 'confidence'>;

/**
 * Ties spans into attributions: each cue takes the nearer of the sources just before and just after it in its
 * sentence (left on a tie) and the nearer of the contents just after and just before it in its paragraph,
 * after preferred ("X said [that …]" over "[…," X said]"). Spans are in text order, so one pass does it.
 */
export function linkSpans(spans: readonly TaggedSpan[], sentenceOf: Int32Array): Linked[] {
  const out: Linked[] = [];
  const sources = spans.filter((s) => s.field === 'source');
  const contents = spans.filter((s) => s.field === 'content');
  let si = 0; // first source after the current cue
  let ci = 0; // first content after the current cue
  for (const cue of spans) {
    if (cue.field !== 'cue') continue;
    while (si < sources.length && sources[si]!.from < cue.from) si++;
    while (ci < contents.length && contents[ci]!.from < cue.from) ci++;
    const inSentence = (s: TaggedSpan | undefined) =>
      s && (sentenceOf[s.from] === sentenceOf[cue.from] || sentenceOf[s.to] === sentenceOf[cue.to]) ? s : undefined;
    const left = inSentence(sources[si - 1]);
    const right = inSentence(sources[si]);
    const source = left && right ? (cue.from - left.to <= right.from - cue.to ? left : right) : (left ?? right ?? null);
    const between = (t: TaggedSpan, after: boolean) =>
      source && (after ? source.from > cue.to && source.to < t.from : source.to < cue.from && source.from > t.to)
        ? source.to - source.from + 1
        : 0;
    const after = contents[ci];
    const before = contents[ci - 1];
    const gapAfter = after ? after.from - cue.to - 1 - between(after, true) : Infinity;
    const gapBefore = before ? cue.from - before.to - 0.5 - between(before, false) : Infinity;
    const gap = Math.min(gapAfter, gapBefore);
    if (gap > MAX_CONTENT_GAP) continue;
    out.push({ source, cue, content: gapAfter <= gapBefore ? after! : before! });
  }
  return out;
}

/** Tags one paragraph and links its spans. */
export function tagSequence(model: TaggerModel, lex: Lexicon, seq: TaggerSequence): TaggedAttribution[] {
  const n = seq.tokens.length;
  if (n === 0) return [];
  const reuse = buffers(n);
  const feats = featurize(seq, lex, model.bits, reuse.feats);
  const em = emissions(model, feats, n, reuse.em);
  const labels = viterbi(em, n, model.transitions);
  const sentenceOf = new Int32Array(n);
  for (let i = 0, s = 0; i < n; i++) sentenceOf[i] = seq.sentenceStart[i] && i > 0 ? ++s : s;
  const cueClass = (i: number) => lex.verbs.has(seq.tokens[i]!.lower) || lex.multi.has(seq.tokens[i]!.lower);
  return linkSpans(spansOf(labels, em, model.transitions), sentenceOf).map((a) => {
    const evidence = evidenceOf(seq, cueClass, a);
    return { ...a, evidence, confidence: calibratedConfidence(model.calibration, evidence, rawScore(a)) };
  });
}

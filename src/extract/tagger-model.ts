/**
 * The attribution tagger's weights: a linear model over hashed features (tagger-features.ts) with BIO labels
 * for source, cue and content, and first-order label transitions. The file stores only feature rows that
 * carry weight, as delta-coded row numbers and int16 weights (base64), so it stays small in the bundle.
 */

export const TAG_LABELS = ['O', 'B-SOURCE', 'I-SOURCE', 'B-CUE', 'I-CUE', 'B-CONTENT', 'I-CONTENT'] as const;
export type TagLabel = (typeof TAG_LABELS)[number];
export const LABEL_COUNT = TAG_LABELS.length;

/**
 * A logistic model from an attribution's evidence (attribution-tagger.ts: EVIDENCE) to P(its source is right),
 * fitted on cross-validation folds. With no weights, the confidence is the raw mean label probability.
 */
export interface Calibration {
  weights: number[];
  intercept: number;
}

export interface TaggerModel {
  bits: number;
  /** Row-major [feature][label], or [kept row][label] when `rows` is given. */
  weights: Float32Array;
  /**
   * Per feature id, its row in `weights`, or -1 when it carries no weight. A decoded model keeps only the
   * rows the file has (about a fifth): the table then stays in cache, and most feature ids cost one lookup.
   */
  rows?: Int32Array;
  /**
   * The same weights as the file stores them (int16, times `scale`), for inference: half the bytes of
   * `weights`, and scoring is memory-bound (35 random rows per token).
   */
  quantized?: { values: Int16Array; scale: number };
  /** Row-major [previous label][label]; row LABEL_COUNT is the start of a sequence. */
  transitions: Float32Array;
  calibration: Calibration;
}

export interface TaggerModelFile {
  format: 'sourcetrace-attribution-tagger';
  version: 1;
  bits: number;
  labels: readonly string[];
  scale: number;
  /** Base64 of the kept rows' numbers as LEB128 deltas. */
  rows: string;
  /** Base64 of little-endian int16 weights, LABEL_COUNT per kept row, times `scale`. */
  values: string;
  transitions: number[];
  calibration: Calibration;
  /** Free-form facts about training (data, folds, scores), for the model card. */
  meta?: Record<string, unknown>;
}

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Reads a model file; errors say what is wrong with it. */
export function decodeModel(file: TaggerModelFile): TaggerModel {
  const where = 'extract/tagger-model';
  if (file.format !== 'sourcetrace-attribution-tagger' || file.version !== 1)
    throw new Error(`${where}: not a version 1 attribution tagger file`);
  if (file.labels.join() !== TAG_LABELS.join()) throw new Error(`${where}: labels ${file.labels.join()} unknown`);
  if (!Array.isArray(file.calibration?.weights)) throw new Error(`${where}: calibration has no weights`);
  const rowBytes = fromBase64(file.rows);
  const bytes = fromBase64(file.values);
  const values = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const kept = bytes.length / 2 / LABEL_COUNT;
  const weights = new Float32Array(kept * LABEL_COUNT);
  const quantized = new Int16Array(kept * LABEL_COUNT);
  const rows = new Int32Array(1 << file.bits).fill(-1);
  let row = 0;
  let v = 0;
  for (let i = 0, k = 0; i < rowBytes.length; k++) {
    let delta = 0;
    let shift = 0;
    let b: number;
    do {
      b = rowBytes[i++]!;
      delta |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    row += delta;
    if (row >= rows.length || k >= kept) throw new Error(`${where}: row ${row} outside the table`);
    rows[row] = k;
    for (let l = 0; l < LABEL_COUNT; l++, v += 2) {
      quantized[k * LABEL_COUNT + l] = values.getInt16(v, true);
      weights[k * LABEL_COUNT + l] = quantized[k * LABEL_COUNT + l]! * file.scale;
    }
  }
  if (v !== bytes.length) throw new Error(`${where}: ${bytes.length / 2} weights for ${v / 2} rows × labels`);
  return {
    bits: file.bits,
    weights,
    rows,
    quantized: { values: quantized, scale: file.scale },
    transitions: Float32Array.from(file.transitions),
    calibration: file.calibration,
  };
}

function dense(model: TaggerModel): Float32Array {
  const out = new Float32Array((1 << model.bits) * LABEL_COUNT);
  model.rows!.forEach((k, row) => {
    if (k >= 0) out.set(model.weights.subarray(k * LABEL_COUNT, (k + 1) * LABEL_COUNT), row * LABEL_COUNT);
  });
  return out;
}

/** Writes a model file, dropping rows whose largest weight is below `prune` of the largest overall. */
export function encodeModel(model: TaggerModel, prune = 0.02, meta?: Record<string, unknown>): TaggerModelFile {
  const w = model.rows ? dense(model) : model.weights;
  let max = 0;
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = max / 32767 || 1;
  const rowBytes: number[] = [];
  const vals: number[] = [];
  let last = 0;
  for (let row = 0; row < 1 << model.bits; row++) {
    let big = 0;
    for (let l = 0; l < LABEL_COUNT; l++) big = Math.max(big, Math.abs(w[row * LABEL_COUNT + l]!));
    if (big <= prune * max) continue;
    let delta = row - last;
    last = row;
    do {
      rowBytes.push((delta & 0x7f) | (delta > 0x7f ? 0x80 : 0));
      delta >>>= 7;
    } while (delta > 0);
    for (let l = 0; l < LABEL_COUNT; l++) vals.push(Math.round(w[row * LABEL_COUNT + l]! / scale));
  }
  const values = new Uint8Array(vals.length * 2);
  const view = new DataView(values.buffer);
  vals.forEach((x, i) => view.setInt16(i * 2, x, true));
  return {
    format: 'sourcetrace-attribution-tagger',
    version: 1,
    bits: model.bits,
    labels: TAG_LABELS,
    scale,
    rows: toBase64(Uint8Array.from(rowBytes)),
    values: toBase64(values),
    transitions: [...model.transitions].map((x) => Math.round(x * 1e4) / 1e4),
    calibration: model.calibration,
    ...(meta ? { meta } : {}),
  };
}

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

/** Slots per row of a decoded model's weights: the labels and one of padding, so a row is 16 aligned bytes. */
export const QUANTIZED_STRIDE = 8;

export interface TaggerModel {
  bits: number;
  /** Row-major [feature][label], as training makes them. A decoded model has `quantized` instead. */
  weights?: Float32Array;
  /**
   * The weights as the file stores them (int16, times `scale`), for inference: row-major
   * [feature][QUANTIZED_STRIDE] over all 2^bits features, zero where the file has no row. Scoring is
   * memory-bound (35 rows per token, read at random): one aligned read per feature, where a table of kept rows
   * behind a row index took two.
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
  const size = 1 << file.bits;
  const quantized = new Int16Array(size * QUANTIZED_STRIDE);
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
    if (row >= size || k >= kept) throw new Error(`${where}: row ${row} outside the table`);
    for (let l = 0; l < LABEL_COUNT; l++, v += 2) quantized[row * QUANTIZED_STRIDE + l] = values.getInt16(v, true);
  }
  if (v !== bytes.length) throw new Error(`${where}: ${bytes.length / 2} weights for ${v / 2} rows × labels`);
  return {
    bits: file.bits,
    quantized: { values: quantized, scale: file.scale },
    transitions: Float32Array.from(file.transitions),
    calibration: file.calibration,
  };
}

/** A model's weights as floats, row-major [feature][label] (a decoded model's: int16 × scale, as float32). */
export function floatWeights(model: TaggerModel): Float32Array {
  if (model.weights) return model.weights;
  if (!model.quantized) throw new Error('extract/tagger-model: the model has no weights');
  const { values, scale } = model.quantized;
  const out = new Float32Array((1 << model.bits) * LABEL_COUNT);
  for (let row = 0; row < 1 << model.bits; row++)
    for (let l = 0; l < LABEL_COUNT; l++) out[row * LABEL_COUNT + l] = values[row * QUANTIZED_STRIDE + l]! * scale;
  return out;
}

/** Writes a model file, dropping rows whose largest weight is below `prune` of the largest overall. */
export function encodeModel(model: TaggerModel, prune = 0.02, meta?: Record<string, unknown>): TaggerModelFile {
  const w = floatWeights(model);
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

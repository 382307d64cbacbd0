import type { Lexicon } from './lexicon';
import type { Token } from './nlp';

/**
 * Hashed features of the attribution tagger. A sequence is one paragraph's tokens (sentences never cross a
 * line break, but a quotation and its "he said" often sit in two sentences of one paragraph). Each token gets
 * FEATURES_PER_TOKEN feature ids in [0, 2^bits): templates hash the token's word, shape, suffixes, POS, its
 * neighbours', the cue lexicon, quotation state and the rules' own spans. Values are hashed once per token and
 * combined by integer mixing, so featurising allocates a few typed arrays per paragraph and no strings.
 */

export const FEATURES_PER_TOKEN = 35;
const F = FEATURES_PER_TOKEN;

/** What the rules found over a token: their spans are evidence for the model, and its best single signal. */
export const RULE_MARKS = { none: 0, source: 1, cue: 2, content: 3 } as const;

/** One paragraph to tag: its tokens, where each sentence starts, and the rules' marks (RULE_MARKS) per token. */
export interface TaggerSequence {
  tokens: readonly Token[];
  sentenceStart: Uint8Array;
  ruleMarks: Uint8Array;
}

const CUE_CLASSES = ['speech', 'report', 'belief', 'finding', 'stance'] as const;

function strHash(s: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Word shape with runs collapsed ("Xx", "d.d", "x-x"): capitalisation and digits without the word. */
function shapeHash(s: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  for (let i = 0; i < s.length && i < 24; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 3 : c > 127 ? 4 : c;
    if (k !== last) h = Math.imul(h ^ k, 0x01000193);
    last = k;
  }
  return h >>> 0;
}

export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const BOUNDARY = strHash('<b>');
const bucket = (d: number) => (d <= 3 ? d : d <= 6 ? 4 : d <= 10 ? 5 : d <= 20 ? 6 : 7);

/** Quote state per token: 0 outside, 1 inside, 2 the mark itself (curly marks open/close, straight ones toggle). */
function quoteStates(tokens: readonly Token[]): Uint8Array {
  const q = new Uint8Array(tokens.length);
  let inside = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (t === '\u201c' || t === '``') {
      inside = true;
      q[i] = 2;
    } else if (t === '\u201d' || t === "''") {
      inside = false;
      q[i] = 2;
    } else if (t === '"') {
      inside = !inside;
      q[i] = 2;
    } else q[i] = inside ? 1 : 0;
  }
  return q;
}

/** Cue-lexicon class per token (0 none, 1–5 a verb class, 6 the first word of a multiword cue). */
function cueClasses(tokens: readonly Token[], lex: Lexicon): Uint8Array {
  const c = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const v = lex.verbs.get(t.lower);
    if (v) c[i] = 1 + CUE_CLASSES.indexOf(v.class as (typeof CUE_CLASSES)[number]);
    else if (lex.multi.get(t.lower)?.some((m) => m.words[1] === tokens[i + 1]?.lower)) c[i] = 6;
  }
  return c;
}

/** Distance (bucketed) to the nearest cue-lexicon token left and right within the sentence; 8 = none. */
function cueDistances(cue: Uint8Array, sentenceStart: Uint8Array): { left: Uint8Array; right: Uint8Array } {
  const n = cue.length;
  const left = new Uint8Array(n).fill(8);
  const right = new Uint8Array(n).fill(8);
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (sentenceStart[i]) last = -1;
    if (last >= 0) left[i] = bucket(i - last);
    if (cue[i]) last = i;
  }
  last = -1;
  for (let i = n - 1; i >= 0; i--) {
    if (last >= 0) right[i] = bucket(last - i);
    if (cue[i]) last = i;
    if (sentenceStart[i]) last = -1;
  }
  return { left, right };
}

/** Hashes per token, with two boundary values either side: padded[i + 2] is token i's. */
function padded(n: number, hash: (i: number) => number): Uint32Array {
  const a = new Uint32Array(n + 4).fill(BOUNDARY);
  for (let i = 0; i < n; i++) a[i + 2] = hash(i);
  return a;
}

/** mix(a[j], a[j + 1]) for every j: a pair template of token i is one read, however many templates share it. */
function pairs(a: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length - 1);
  for (let j = 0; j + 1 < a.length; j++) out[j] = mix(a[j]!, a[j + 1]!);
  return out;
}

/**
 * Feature ids of every token of a sequence, FEATURES_PER_TOKEN per token, row-major, into `out` when it is long
 * enough (inference reuses one buffer; training keeps each sequence's). A row holds the templates' values
 * first and is hashed in place after: one mix per template, and the pairs of neighbours hashed once.
 */
export function featurize(seq: TaggerSequence, lex: Lexicon, bits: number, into?: Uint32Array): Uint32Array {
  const { tokens, sentenceStart, ruleMarks } = seq;
  const n = tokens.length;
  // Padded by two either side (index i + 2 is token i): neighbours need no bounds tests.
  const word = padded(n, (i) => strHash(tokens[i]!.lower));
  const shape = padded(n, (i) => shapeHash(tokens[i]!.text));
  const pos = padded(n, (i) => strHash(tokens[i]!.pos));
  const wordPair = pairs(word); // wordPair[j] = mix(word[j], word[j + 1])
  const shapePair = pairs(shape);
  const posPair = pairs(pos);
  const mark = new Uint8Array(n + 4).fill(9);
  mark.set(ruleMarks, 2);
  const quote = quoteStates(tokens);
  const cue = new Uint8Array(n + 2).fill(9); // cue[i + 1] is token i's
  cue.set(cueClasses(tokens, lex), 1);
  const { left, right } = cueDistances(cue.subarray(1, n + 1), sentenceStart);
  const mask = (1 << bits) - 1;
  const out = into && into.length >= n * F ? into : new Uint32Array(n * F);
  let sentenceFrom = 0;
  for (let i = 0, row = 0; i < n; i++, row += F) {
    if (sentenceStart[i]) sentenceFrom = i;
    const sentenceEnd = i + 1 >= n || sentenceStart[i + 1] === 1;
    const lower = tokens[i]!.lower;
    const w = word[i + 2]!;
    const p = pos[i + 2]!;
    const c = cue[i + 1]!;
    const q = quote[i]!;
    const m = mark[i + 2]!;
    out[row] = 0;
    out[row + 1] = w;
    out[row + 2] = word[i + 1]!;
    out[row + 3] = word[i + 3]!;
    out[row + 4] = word[i]!;
    out[row + 5] = word[i + 4]!;
    out[row + 6] = shape[i + 2]!;
    out[row + 7] = shapePair[i + 1]!;
    out[row + 8] = shapePair[i + 2]!;
    out[row + 9] = strHash(lower, Math.max(0, lower.length - 3));
    out[row + 10] = strHash(lower, Math.max(0, lower.length - 2));
    out[row + 11] = p;
    out[row + 12] = posPair[i + 1]!;
    out[row + 13] = posPair[i + 2]!;
    out[row + 14] = posPair[i]!;
    out[row + 15] = posPair[i + 3]!;
    out[row + 16] = mix(w, p);
    out[row + 17] = wordPair[i + 1]!;
    out[row + 18] = wordPair[i + 2]!;
    out[row + 19] = q;
    out[row + 20] = c;
    out[row + 21] = cue[i]!;
    out[row + 22] = cue[i + 2]!;
    out[row + 23] = mix(left[i]!, p);
    out[row + 24] = mix(right[i]!, p);
    out[row + 25] = m;
    out[row + 26] = mark[i + 1]! * 100 + m * 10 + mark[i + 3]!;
    out[row + 27] = (sentenceStart[i]! ? 1 : 0) + (sentenceEnd ? 2 : 0) + 4 * bucket(i - sentenceFrom);
    out[row + 28] = q * 10 + right[i]!;
    out[row + 29] = m * 10 + c;
    out[row + 30] = q * 100 + left[i]! * 10 + right[i]!;
    out[row + 31] = mix(c, w);
    // Word and neighbouring POS: "he said", "said Tuesday", "spokeswoman for".
    out[row + 32] = mix(word[i + 1]!, p);
    out[row + 33] = mix(p, word[i + 3]!);
    // The rules' mark two tokens away: where a rule source or content begins and ends.
    out[row + 34] = mark[i]! * 10 + mark[i + 4]!;
    // Each template's value hashed with its number: the same value in two templates is two features.
    for (let k = 0; k < F; k++) out[row + k] = mix(k + 1, out[row + k]!) & mask;
  }
  return out;
}

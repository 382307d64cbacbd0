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

/** Feature ids of every token of a sequence, FEATURES_PER_TOKEN per token, row-major. */
export function featurize(seq: TaggerSequence, lex: Lexicon, bits: number): Uint32Array {
  const { tokens, sentenceStart, ruleMarks } = seq;
  const n = tokens.length;
  const word = new Uint32Array(n);
  const shape = new Uint32Array(n);
  const suf3 = new Uint32Array(n);
  const suf2 = new Uint32Array(n);
  const pos = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    word[i] = strHash(t.lower);
    shape[i] = shapeHash(t.text);
    suf3[i] = strHash(t.lower, Math.max(0, t.lower.length - 3));
    suf2[i] = strHash(t.lower, Math.max(0, t.lower.length - 2));
    pos[i] = strHash(t.pos);
  }
  const quote = quoteStates(tokens);
  const cue = cueClasses(tokens, lex);
  const { left, right } = cueDistances(cue, sentenceStart);
  const mask = (1 << bits) - 1;
  const out = new Uint32Array(n * FEATURES_PER_TOKEN);
  const at = (a: Uint32Array, i: number) => (i >= 0 && i < n ? a[i]! : BOUNDARY);
  const mark = (i: number) => (i >= 0 && i < n ? ruleMarks[i]! : 9);
  let sentenceFrom = 0;
  let row = 0;
  const f = (k: number, v: number) => (out[row + k] = mix(k + 1, v) & mask);
  for (let i = 0; i < n; i++, row += FEATURES_PER_TOKEN) {
    if (sentenceStart[i]) sentenceFrom = i;
    const sentenceEnd = i + 1 >= n || sentenceStart[i + 1] === 1;
    const c = cue[i]!;
    const q = quote[i]!;
    f(0, 0);
    f(1, word[i]!);
    f(2, at(word, i - 1));
    f(3, at(word, i + 1));
    f(4, at(word, i - 2));
    f(5, at(word, i + 2));
    f(6, shape[i]!);
    f(7, mix(at(shape, i - 1), shape[i]!));
    f(8, mix(shape[i]!, at(shape, i + 1)));
    f(9, suf3[i]!);
    f(10, suf2[i]!);
    f(11, pos[i]!);
    f(12, mix(at(pos, i - 1), pos[i]!));
    f(13, mix(pos[i]!, at(pos, i + 1)));
    f(14, mix(at(pos, i - 2), at(pos, i - 1)));
    f(15, mix(at(pos, i + 1), at(pos, i + 2)));
    f(16, mix(word[i]!, pos[i]!));
    f(17, mix(at(word, i - 1), word[i]!));
    f(18, mix(word[i]!, at(word, i + 1)));
    f(19, q);
    f(20, c);
    f(21, i > 0 ? cue[i - 1]! : 9);
    f(22, i + 1 < n ? cue[i + 1]! : 9);
    f(23, mix(left[i]!, pos[i]!));
    f(24, mix(right[i]!, pos[i]!));
    f(25, mark(i));
    f(26, mark(i - 1) * 100 + mark(i) * 10 + mark(i + 1));
    f(27, (sentenceStart[i]! ? 1 : 0) + (sentenceEnd ? 2 : 0) + 4 * bucket(i - sentenceFrom));
    f(28, q * 10 + right[i]!);
    f(29, mark(i) * 10 + c);
    f(30, q * 100 + left[i]! * 10 + right[i]!);
    f(31, mix(c, word[i]!));
    // Word and neighbouring POS: "he said", "said Tuesday", "spokeswoman for".
    f(32, mix(at(word, i - 1), pos[i]!));
    f(33, mix(pos[i]!, at(word, i + 1)));
    // The rules' mark two tokens away: where a rule source or content begins and ends.
    f(34, mark(i - 2) * 10 + mark(i + 2));
  }
  return out;
}

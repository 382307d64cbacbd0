import fc from 'fast-check';

/**
 * Hostile text payloads to splice into otherwise well-formed inputs: control characters, lone surrogates,
 * BOMs, bidi overrides, prototype keys, numbers at the edges of what JSON and doubles hold, runs of quotes,
 * dashes, blanks and cue words. Test code only: nothing in production imports this folder.
 */

/** Single characters and short strings that have broken text handling somewhere. */
export const NASTY_UNITS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u001B[31m',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  '\uFFFD',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uDFFF\uD800',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '\u202E',
  '\u200B',
  '\u2028',
  '\u2029',
  '\r',
  '\r\n',
  '\n',
  '\t',
  '\n\n\n',
  '"',
  "'",
  '“',
  '”',
  '„',
  '«',
  '»',
  '—',
  '–',
  '-',
  ',',
  ';',
  ':',
  '&',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#xD800;',
  '&#1114112;',
  '&nosuch;',
  '<',
  '>',
  ']]>',
  '<!--',
  '-->',
  '\\',
  '\\u0000',
  '%s',
  '${x}',
  'javascript:alert(1)',
] as const;

/** Property names that reach into Object.prototype when code uses plain objects as maps. */
export const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
] as const;

/** Numbers as JSON text: some parse to Infinity, lose precision, or are not numbers JSON allows. */
export const EXTREME_NUMBERS = [
  '0',
  '-0',
  '1e308',
  '-1e308',
  '1e309',
  '-1e309',
  '5e-324',
  '1e-400',
  '9007199254740993',
  '-9007199254740993',
  '123456789012345678901234567890',
  '0.1',
  '-1',
  '2147483648',
  '4294967296',
] as const;

/** Phrases the extractor keys on; repeated, they multiply candidate attributions. */
export const CUE_PHRASES = ['according to ', 'said ', 'told reporters ', 'says ', 'reported ', 'denied '] as const;

const RUN_UNITS = ['"', '“', '”', '—', '-', ' ', '\t', '.', ',', '\u00A0', ...CUE_PHRASES] as const;

/** A run of one unit, repeated up to `max` times: quotes, dashes, blanks, cue phrases. */
export function runArb(max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...RUN_UNITS), fc.integer({ min: 2, max }))
    .map(([unit, n]) => unit.repeat(Math.max(1, Math.floor(n / unit.length))));
}

/** One very long token without spaces. */
export function longTokenArb(max: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('x', 'Ab', 'é', '😀', '1', 'http://a.b/'), fc.integer({ min: 100, max }))
    .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));
}

export interface HostileTextOptions {
  /** Longest run or token, in characters. */
  maxRun?: number;
  /** How many pieces are joined. */
  maxPieces?: number;
}

/** Text made of hostile pieces: random Unicode (lone surrogates included), nasty units, runs, long tokens, words. */
export function hostileTextArb({ maxRun = 2_000, maxPieces = 8 }: HostileTextOptions = {}): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 4, arbitrary: fc.constantFrom(...NASTY_UNITS) },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) },
    { weight: 1, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) },
    { weight: 2, arbitrary: fc.constantFrom('Anna Kelly', 'The Post', 'officials', 'Reuters', 'the', 'a', ' ') },
    { weight: 1, arbitrary: runArb(maxRun) },
    { weight: 1, arbitrary: longTokenArb(maxRun) },
  );
  return fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** Like `hostileTextArb` but never empty after trimming, for fields that must hold something. */
export function hostileNameArb(options: HostileTextOptions = {}): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom('A', 'Reuters', 'x', '😀', '__proto__'), hostileTextArb(options))
    .map(([a, b]) => a + b);
}

/** Mixed line separators, for line-oriented formats. */
export const LINE_BREAKS = ['\n', '\r\n', '\r', '\n\n', '\n \t\n', '\u2028', '\u0085'] as const;

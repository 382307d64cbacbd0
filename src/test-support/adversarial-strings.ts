/**
 * Hostile strings for tests: long runs of one separator class, shaped to make backtracking regexes
 * rescan them (a run that ends in a letter, a run between two speakers of one sentence, …). For tests
 * only; no production index exports it. Deterministic, so a failure names its string and replays.
 */

/** The separator classes hostile input is made of: each a few characters that a run cycles through. */
export const SEPARATOR_CLASSES = {
  spaces: ' ',
  tabs: '\t',
  newlines: '\n',
  crlf: '\r\n',
  nbsp: '\u00a0',
  unicodeSpaces: '\u2002\u2003\u2009\u202f\u205f\u3000\ufeff',
  punctuation: '.,;:!?',
  quotes: '"\'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e`',
  dashes: '-\u2013\u2014\u2212',
  brackets: '()[]{}<>/\\',
  mixed: ' \t,;:\u2014\u2013-.\u00a0"',
} as const;

export type SeparatorClass = keyof typeof SEPARATOR_CLASSES;

export interface AdversarialString {
  /** e.g. "tabs/run-then-word": the class and the shape. */
  name: string;
  text: string;
}

/** `length` characters cycling through `chars`. */
export function separatorRun(chars: string, length: number): string {
  return chars.repeat(Math.ceil(length / chars.length)).slice(0, length);
}

// Each shape puts the run where some regex form fails only at its end, after rescanning it.
const SHAPES: Record<string, (run: (n: number) => string, n: number) => string> = {
  run: (run, n) => run(n),
  'run-then-word': (run, n) => `${run(n - 4)}said`,
  'word-run-word': (run, n) => `Officials said the talks${run(n - 60)}failed, but Ambassador Mohib says x.`,
  interleaved: (run, n) => separatorRun(`a${run(1)}`, n),
  'doubled-runs': (run, n) => `The Post reported ${run(n / 2 - 20)} and ${run(n / 2 - 20)} Inc`,
};

/** Every separator class in every shape, each string `length` characters long (±a few). */
export function adversarialStrings(length = 50_000): AdversarialString[] {
  const out: AdversarialString[] = [];
  for (const [cls, chars] of Object.entries(SEPARATOR_CLASSES)) {
    const run = (n: number) => separatorRun(chars, Math.max(0, Math.floor(n)));
    for (const [shape, make] of Object.entries(SHAPES)) out.push({ name: `${cls}/${shape}`, text: make(run, length) });
  }
  return out;
}

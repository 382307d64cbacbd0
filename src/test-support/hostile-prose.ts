import fc from 'fast-check';
import { CUE_PHRASES, hostileTextArb, NASTY_UNITS, runArb } from './hostile-text';

/**
 * News-like prose for the extractor: sentences built from speakers, cues and contents so attribution
 * rules fire, with hostile pieces (blank runs, quote and dash runs, repeated cues, control characters)
 * spliced between the words.
 */

export const SPEAKERS = [
  'Anna Kelly',
  'The Post',
  'officials',
  'a spokesman for the Pentagon',
  'Reuters',
  'she',
  'The New York Times',
] as const;
const CUES = [...CUE_PHRASES, 'said on Tuesday that ', 'insisted ', 'wrote ', 'confirmed ', 'told The Post '] as const;
const CONTENTS = [
  'the plan would go ahead',
  '"we will not comment"',
  '“it is over”',
  'the talks had failed, and',
  'the report was false — and',
  'no decision was made but',
] as const;

const between = fc.oneof(
  { weight: 6, arbitrary: fc.constant(' ') },
  { weight: 2, arbitrary: runArb(400) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY_UNITS) },
  { weight: 1, arbitrary: hostileTextArb({ maxRun: 400, maxPieces: 2 }) },
);

const clauseArb = fc
  .tuple(
    fc.constantFrom(...SPEAKERS),
    between,
    fc.constantFrom(...CUES),
    between,
    fc.constantFrom(...CONTENTS),
    between,
  )
  .map((parts) => parts.join(''));

const sentenceArb = fc
  .tuple(fc.array(clauseArb, { minLength: 1, maxLength: 3 }), fc.constantFrom('. ', '.\n\n', '? ', '! ', '', '."\n'))
  .map(([clauses, end]) => clauses.join(', ') + end);

/** An article of a few attributing sentences with hostile pieces between the words. */
export const hostileProseArb: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 5, arbitrary: sentenceArb }, { weight: 1, arbitrary: hostileTextArb({ maxRun: 1_000 }) }), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(''));

/**
 * Two speakers in one sentence with a run of `blanks` blanks inside the first content: the shape that
 * sends the content clipper's trailing-punctuation regex into cubic backtracking (known finding).
 */
export function twoSpeakersBlankRun(blanks: number): string {
  return `Anna Kelly said that the plan${' '.repeat(blanks)}x, but officials said it would fail.`;
}

/** "according to according to …", `n` times. */
export const accordingToRun = (n: number) => 'according to '.repeat(n);
/** "He said he said …", an attribution every two words. */
export const saidRun = (n: number) => 'He said '.repeat(n);
/** A line of `n` quotation marks. */
export const quoteRun = (n: number) => '"“'.repeat(Math.ceil(n / 2));
/** Speakers separated by runs of blanks: `Anna said` + n blanks + `Bob said` … */
export const speakersBetweenBlanks = (n: number) =>
  Array.from(
    { length: Math.max(1, Math.floor(n / 64)) },
    (_, i) => `Anna Kelly said${' '.repeat(48)}${SPEAKERS[i % SPEAKERS.length]} said`,
  ).join(' ') + '.';
/** Dash runs between two attributing clauses. */
export const dashRun = (n: number) => `The Post reported the deal ${'—'.repeat(n)} and Reuters said it collapsed.`;

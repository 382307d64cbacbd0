/**
 * Trimming by hand, in one pass from the end. The regex forms they replace (`[\s,]*(and)?[\s,]*$`,
 * `[\s.]+$`, `\s*-\s*`) restart at every character of a whitespace run and rescan it, so a run of blanks
 * inside a sentence made them quadratic or cubic in its length (a 5 KB line took 37 s).
 */

/** Where `text.slice(0, end)` ends once characters matching `skip` are dropped from its end. */
export function trimEndOver(text: string, end: number, skip: RegExp): number {
  while (end > 0 && skip.test(text[end - 1]!)) end--;
  return end;
}

const JOINER_MARK = /[\s,;:\u2014\u2013-]/;
const JOINER_WORDS = ['and', 'but', 'while', 'as'];
// The word-boundary rule of `\b` without the u flag: only ASCII letters, digits and _ are word characters.
const WORD_CHAR = /\w/;

/**
 * Drops a trailing joiner: punctuation and blanks, then at most one of "and", "but", "while", "as" (a
 * whole word, case as written), then punctuation and blanks again: "…failed, but" → "…failed".
 */
export function stripTrailingJoiner(text: string): string {
  let end = trimEndOver(text, text.length, JOINER_MARK);
  for (const word of JOINER_WORDS) {
    const at = end - word.length;
    if (at < 0 || !text.startsWith(word, at) || (at > 0 && WORD_CHAR.test(text[at - 1]!))) continue;
    end = trimEndOver(text, at, JOINER_MARK);
    break;
  }
  return text.slice(0, end);
}

const BLANKS = /\s+/g;

/** Removes the whitespace on either side of each of `marks`: "Dow - Jones" → "Dow-Jones" for marks "-". */
export function closeUpAround(text: string, marks: string): string {
  const isMark = (c: string | undefined) => c !== undefined && marks.includes(c);
  return text.replace(BLANKS, (run: string, at: number) =>
    isMark(text[at - 1]) || isMark(text[at + run.length]) ? '' : run,
  );
}

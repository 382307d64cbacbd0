/** An evidence span inside the sentence around it, as three plain strings (rendered as text, never HTML). */
export interface EvidenceContext {
  before: string;
  span: string;
  after: string;
  /** True when the sentence was cut at the context limit rather than at a sentence boundary. */
  truncatedStart: boolean;
  truncatedEnd: boolean;
  /** Absolute offsets of the shown context: `before` starts at `from`, `after` ends at `to`. */
  from: number;
  to: number;
}

const MAX_CONTEXT = 300;

const isBoundary = (text: string, i: number) => {
  const c = text[i];
  if (c === '\n') return true;
  return (c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ');
};

/**
 * Widens `[start, end)` to the enclosing sentence(s), at most MAX_CONTEXT characters each side.
 * A linear scan rather than a regex over the whole article: no backtracking on hostile text.
 */
export function evidenceContext(text: string, start: number, end: number): EvidenceContext {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let from = s;
  while (from > 0 && s - from < MAX_CONTEXT && !isBoundary(text, from - 1)) from--;
  let to = e;
  // A span that already ends on its full stop is a whole sentence: don't run on into the next one.
  const endsSentence = e > s && isBoundary(text, e - 1);
  while (!endsSentence && to < text.length && to - e < MAX_CONTEXT && !isBoundary(text, to)) to++;
  if (!endsSentence && to < text.length && isBoundary(text, to) && text[to] !== '\n') to++;
  const before = text.slice(from, s).trimStart();
  const after = text.slice(e, to).trimEnd();
  return {
    before,
    span: text.slice(s, e),
    after,
    from: s - before.length,
    to: e + after.length,
    truncatedStart: from > 0 && !isBoundary(text, from - 1),
    truncatedEnd: to < text.length && !isBoundary(text, to - 1) && !isBoundary(text, to),
  };
}

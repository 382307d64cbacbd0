import type { Token, Sentence } from './nlp';
import type { TaggerSequence } from './tagger-features';
import { RULE_MARKS } from './tagger-features';
import type { Attribution } from './types';

/**
 * One paragraph's sentences as a tagger sequence, its tokens marked with the rules' spans over them. A cue
 * mark wins over a source mark over a content mark, so a nested attribution's cue shows inside a content.
 */
export function blockSequence(sentences: readonly Sentence[], rules: readonly Attribution[]): TaggerSequence {
  const tokens: Token[] = [];
  for (const s of sentences) for (const t of s.tokens) tokens.push(t);
  const n = tokens.length;
  const sentenceStart = new Uint8Array(n);
  for (let i = 0, k = 0; k < sentences.length; i += sentences[k]!.tokens.length, k++) sentenceStart[i] = 1;
  const ruleMarks = new Uint8Array(n);
  if (n === 0 || rules.length === 0) return { tokens, sentenceStart, ruleMarks };
  const from = tokens[0]!.start;
  const to = tokens[n - 1]!.end;
  const mark = (span: { start: number; end: number } | null, m: number) => {
    if (!span || span.end <= from || span.start >= to) return;
    for (let i = firstEndingAfter(tokens, span.start); i < n && tokens[i]!.start < span.end; i++)
      if (
        m === RULE_MARKS.cue ||
        ruleMarks[i] === 0 ||
        (m === RULE_MARKS.source && ruleMarks[i] === RULE_MARKS.content)
      )
        ruleMarks[i] = m;
  };
  for (const a of rules) {
    mark(a.content, RULE_MARKS.content);
    mark(a.source, RULE_MARKS.source);
    mark(a.cue, RULE_MARKS.cue);
  }
  return { tokens, sentenceStart, ruleMarks };
}

/** Index of the first token ending after `offset` (binary search: tokens are in text order). */
export function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

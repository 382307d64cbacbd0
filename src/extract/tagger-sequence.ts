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
  // Coverage counts by difference arrays: linear however many rules and however long their spans.
  const cover = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  const add = (span: { start: number; end: number } | null, k: number) => {
    if (!span) return;
    const from = firstEndingAfter(tokens, span.start);
    const to = firstEndingAfter(tokens, span.end); // first token ending after the span's end
    const last = to < n && tokens[to]!.start < span.end ? to + 1 : to;
    if (from >= last) return;
    cover[k]![from]!++;
    cover[k]![last]!--;
  };
  for (const a of rules) {
    add(a.content, 0);
    add(a.source, 1);
    add(a.cue, 2);
  }
  const running = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < 3; k++) running[k]! += cover[k]![i]!;
    ruleMarks[i] =
      running[2]! > 0 ? RULE_MARKS.cue : running[1]! > 0 ? RULE_MARKS.source : running[0]! > 0 ? RULE_MARKS.content : 0;
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

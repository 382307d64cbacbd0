import type { Evidence, SourcetraceGraph } from '../model';

const MAX_REACH = 600;

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/** When a sentence ends at `i`, the index just past it (its closing quotes included); otherwise -1. */
function sentenceEnd(text: string, i: number): number {
  const c = text[i];
  if (c === '\n') return i;
  if (c !== '.' && c !== '!' && c !== '?') return -1;
  let j = i + 1;
  while (j < text.length && j - i < 4 && CLOSERS.has(text[j]!)) j++;
  return j >= text.length || /\s/.test(text[j]!) ? j : -1;
}

/**
 * The sentence (or line) around a span of `text`, trimmed. Reaches at most a few hundred characters
 * either way, so a text without full stops cannot make one cell enormous.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  let a = from;
  while (a > 0 && from - a < MAX_REACH && !startsSentence(text, a)) a--;
  let b = to;
  let stop = -1;
  while (b < text.length && b - to < MAX_REACH && (stop = sentenceEnd(text, b)) < 0) b++;
  return text.slice(a, stop >= 0 ? stop : b).trim();
}

/** True when a sentence starts at `a`: after a line break, or after a space that follows `.`, `!` or `?`. */
function startsSentence(text: string, a: number): boolean {
  if (text[a - 1] === '\n') return true;
  if (!/\s/.test(text[a - 1] ?? '')) return false;
  let i = a - 2;
  while (i >= 0 && a - i <= 5 && CLOSERS.has(text[i]!)) i--;
  return text[i] === '.' || text[i] === '!' || text[i] === '?';
}

/** Evidence sentences of an edge, in order and without repeats; `[article:x 10–40]` when the text is absent. */
export function evidenceSentences(graph: SourcetraceGraph, evidence: readonly Evidence[]): string[] {
  const out = new Set<string>();
  for (const ev of evidence) {
    const attrs = graph.hasNode(ev.article) ? graph.getNodeAttributes(ev.article) : undefined;
    if (attrs?.kind === 'article' && attrs.text) out.add(sentenceAround(attrs.text, ev.start, ev.end));
    else out.add(`[${ev.article} ${ev.start}–${ev.end}]`);
  }
  return [...out];
}

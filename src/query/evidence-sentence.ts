import type { Evidence, SourcetraceGraph } from '../model';

/** The sentence an evidence span sits in, as plain text (render it as text, never as HTML). */
export interface EvidenceSentence extends Evidence {
  /** The whole sentence(s) around the span, whitespace collapsed. */
  sentence: string;
  /** The span itself. */
  quote: string;
}

const MAX_REACH = 600;
const isEnd = (text: string, i: number) => /[.!?]/.test(text[i] ?? '') && /\s/.test(text[i + 1] ?? ' ');

/**
 * Widens an evidence span to the sentence(s) it sits in: back to the previous sentence end or line break,
 * forward to the next, at most 600 characters each way. Null when the article is not in the graph or
 * the span falls outside its text.
 */
export function evidenceSentence(graph: SourcetraceGraph, ev: Evidence): EvidenceSentence | null {
  if (!graph.hasNode(ev.article)) return null;
  const node = graph.getNodeAttributes(ev.article);
  if (node.kind !== 'article' || ev.end > node.text.length || ev.start > ev.end) return null;
  const { text } = node;
  let start = ev.start;
  const floor = Math.max(0, ev.start - MAX_REACH);
  while (start > floor && text[start - 1] !== '\n' && !isEnd(text, start - 2)) start--;
  let end = Math.max(ev.end, ev.start);
  const ceiling = Math.min(text.length, ev.end + MAX_REACH);
  while (end < ceiling && text[end] !== '\n' && !isEnd(text, end - 1)) end++;
  const sentence = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return { ...ev, sentence, quote: text.slice(ev.start, ev.end) };
}

import type { Highlight } from '../workers/ingest-types';

/** A run of article text, marked by at most one highlight. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  highlight: Highlight | null;
}

/**
 * Cuts `text` into runs for the reader. Highlights may overlap (one attribution's content can hold
 * another's source); each run takes the narrowest highlight covering it, so the most specific mark wins.
 * Out-of-range spans are clipped. Cost grows with the number of highlights open at once, which is small.
 */
export function segmentText(text: string, highlights: readonly Highlight[]): TextSegment[] {
  const spans = highlights
    .map((h) => ({ ...h, start: Math.max(0, h.start), end: Math.min(text.length, h.end) }))
    .filter((h) => h.end > h.start);
  const cuts = new Set<number>([0, text.length]);
  for (const h of spans) cuts.add(h.start).add(h.end);
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const open: Highlight[] = [];
  const out: TextSegment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) open.push(byStart[next++]!);
    let best: Highlight | null = null;
    for (let j = open.length - 1; j >= 0; j--) {
      const h = open[j]!;
      if (h.end <= start) open.splice(j, 1);
      else if (!best || h.end - h.start < best.end - best.start) best = h;
    }
    const prev = out[out.length - 1];
    if (prev && prev.highlight === best) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else out.push({ start, end, text: text.slice(start, end), highlight: best });
  }
  return out;
}

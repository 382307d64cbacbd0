import type { Evidence, SourcetraceGraph } from '../model';
import { evidenceSentence } from '../query';

/**
 * Evidence sentences of an edge, in order and without repeats, cut the same way as the app's evidence
 * panel (`query/evidenceSentence`); `[article:x 10–40]` when the article's text is not in the graph.
 */
export function evidenceSentences(graph: SourcetraceGraph, evidence: readonly Evidence[]): string[] {
  const out = new Set<string>();
  for (const ev of evidence) out.add(evidenceSentence(graph, ev)?.sentence ?? `[${ev.article} ${ev.start}–${ev.end}]`);
  return [...out];
}

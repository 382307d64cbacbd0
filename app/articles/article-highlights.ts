import type { SourcetraceGraph } from '../../src/model';
import type { Highlight } from '../workers/ingest-types';

const SENTENCE_KINDS = ['asserts', 'disputes', 'supports', 'cites'] as const;

/**
 * Highlights for an article the app did not import itself (the sample corpus, a merged graph file): the
 * evidence sentences of its stance and citation edges, each leading to its edge. Stance edges come first,
 * so where one sentence attests several edges, the claim's edge is the one a click selects.
 */
export function evidenceHighlights(graph: SourcetraceGraph, articleKey: string): Highlight[] {
  const out: Highlight[] = [];
  const seen = new Set<string>();
  for (const kind of SENTENCE_KINDS) {
    graph.forEachEdge((edge, attrs) => {
      if (attrs.kind !== kind) return;
      for (const ev of attrs.evidence) {
        const span = `${ev.start}:${ev.end}`;
        if (ev.article !== articleKey || seen.has(span)) continue;
        seen.add(span);
        out.push({ start: ev.start, end: ev.end, role: 'evidence', target: { type: 'edge', key: edge } });
      }
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

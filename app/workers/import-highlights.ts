import { normaliseClaim, type Attribution } from '../../src/extract';
import { edgeKey, hashText, type SourcetraceGraph } from '../../src/model';
import type { Highlight, HighlightTarget } from './ingest-types';

/** The claim node an attribution's content ended in: its own key, or the cluster it was folded into. */
function claimTarget(graph: SourcetraceGraph, articleKey: string, a: Attribution): string | null {
  const own = `claim:${hashText(normaliseClaim(a.content.text))}`;
  if (graph.hasNode(own)) return own;
  if (!graph.hasNode(articleKey)) return null;
  // Folded: the article's `reports` edge whose evidence sentence holds this content leads to the representative.
  for (const edge of graph.outEdges(articleKey)) {
    const attrs = graph.getEdgeAttributes(edge);
    if (attrs.kind !== 'reports') continue;
    const holds = attrs.evidence.some(
      (e) => e.article === articleKey && e.start <= a.content.start && e.end >= a.content.end,
    );
    if (holds) return graph.target(edge);
  }
  return null;
}

/**
 * Spans to mark in the reader, each pointing at the element it stands for in the final graph: the source
 * node, the stance edge for the cue (or the source), the claim node for the content. Sorted by position.
 */
export function highlightsOf(
  graph: SourcetraceGraph,
  articleKey: string,
  attributions: readonly Attribution[],
): Highlight[] {
  const out: Highlight[] = [];
  for (const a of attributions) {
    const claim = claimTarget(graph, articleKey, a);
    const source = a.source && graph.hasNode(a.source.key) ? a.source.key : null;
    const node = (key: string | null): HighlightTarget | null => (key ? { type: 'node', key } : null);
    const stance = source && claim ? edgeKey(a.stance, source, claim) : '';
    const cue: HighlightTarget | null = graph.hasEdge(stance) ? { type: 'edge', key: stance } : node(source);
    if (a.source) out.push({ start: a.source.start, end: a.source.end, role: 'source', target: node(source) });
    out.push({ start: a.cue.start, end: a.cue.end, role: 'cue', target: cue });
    out.push({ start: a.content.start, end: a.content.end, role: 'claim', target: node(claim) });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

import type { SourcetraceGraph } from '../src/model';

export type NeighbourKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export interface NeighbourStep {
  /** The node whose neighbours Left/Right walk through. */
  anchor: string;
  select: string;
}

/** A node's visible neighbours in a stable reading order (by label, then key). */
export function orderedNeighbours(graph: SourcetraceGraph, key: string, hidden: ReadonlySet<string>): string[] {
  const label = (k: string) => graph.getNodeAttribute(k, 'label');
  return graph
    .neighbors(key)
    .filter((n) => !hidden.has(n))
    .sort((a, b) => label(a).localeCompare(label(b)) || (a < b ? -1 : 1));
}

/**
 * Keyboard walking of the graph. Left/Right: previous/next neighbour of the anchor. Down: step into the
 * selected node (it becomes the anchor) and select its first neighbour. Up: back to the anchor.
 * Returns null when there is nowhere to go.
 */
export function neighbourStep(
  graph: SourcetraceGraph,
  anchor: string | null,
  selected: string,
  key: NeighbourKey,
  hidden: ReadonlySet<string> = new Set(),
): NeighbourStep | null {
  if (!graph.hasNode(selected)) return null;
  // A selection made elsewhere (click, search) starts a fresh walk around it.
  const base =
    anchor && graph.hasNode(anchor) && (anchor === selected || graph.areNeighbors(anchor, selected))
      ? anchor
      : selected;
  if (key === 'ArrowUp') return base === selected ? null : { anchor: base, select: base };
  if (key === 'ArrowDown') {
    const first = orderedNeighbours(graph, selected, hidden).find((n) => n !== base);
    return first ? { anchor: selected, select: first } : null;
  }
  const around = orderedNeighbours(graph, base, hidden);
  if (around.length === 0) return null;
  const i = around.indexOf(selected);
  const step = key === 'ArrowRight' ? 1 : -1;
  const next = i === -1 ? (step === 1 ? 0 : around.length - 1) : (i + step + around.length) % around.length;
  return { anchor: base, select: around[next]! };
}

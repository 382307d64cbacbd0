import type { EdgeKind, SourcetraceGraph } from '../model';
import { SourcetraceError } from '../model';

export interface NeighbourhoodOptions {
  /** Walk edges out of, into, or both ways (default). */
  direction?: 'out' | 'in' | 'both';
  /** Only walk these edge kinds (default: all). */
  kinds?: readonly EdgeKind[];
  /** Stop adding nodes past this many (default 5 000). */
  maxNodes?: number;
}

export interface Neighbourhood {
  /** The start first, then by distance. */
  nodes: string[];
  /** Hop distance of each node from the start. */
  distance: Map<string, number>;
  /** Edges walked, in walking order. */
  edges: string[];
  truncated: boolean;
}

/** Nodes within `hops` edges of `key` (breadth first), and the edges walked to reach them. */
export function neighbourhood(
  graph: SourcetraceGraph,
  key: string,
  hops: number,
  options: NeighbourhoodOptions = {},
): Neighbourhood {
  if (!graph.hasNode(key)) throw new SourcetraceError('query/neighbourhood', `no node "${key}"`);
  if (!Number.isInteger(hops) || hops < 0) {
    throw new SourcetraceError('query/neighbourhood', `hops must be a whole number ≥ 0, got ${hops}`);
  }
  const direction = options.direction ?? 'both';
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const maxNodes = options.maxNodes ?? 5_000;
  const distance = new Map([[key, 0]]);
  const edges: string[] = [];
  const seenEdges = new Set<string>();
  const nodes = [key];
  let truncated = false;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as string;
    const d = distance.get(node) ?? 0;
    if (d >= hops) continue;
    const visit = (edge: string, attrs: { kind: EdgeKind }, other: string) => {
      if ((kinds && !kinds.has(attrs.kind)) || seenEdges.has(edge)) return;
      if (!distance.has(other) && nodes.length >= maxNodes) {
        truncated = true;
        return;
      }
      seenEdges.add(edge);
      edges.push(edge);
      if (distance.has(other)) return;
      distance.set(other, d + 1);
      nodes.push(other);
    };
    if (direction !== 'in') graph.forEachOutEdge(node, (e, a, _s, t) => visit(e, a, t));
    if (direction !== 'out') graph.forEachInEdge(node, (e, a, s) => visit(e, a, s));
  }
  return { nodes, distance, edges, truncated };
}

import type { EdgeAttributes, SourcetraceGraph } from '../model';

/** An edge a trace may move along, seen from the node it is stored under. */
export interface MoveEdge {
  edge: string;
  attrs: EdgeAttributes;
  /** The node at the other end. */
  other: string;
}

interface Outgoing {
  cites: MoveEdge[];
  publishes: MoveEdge[];
}

interface Incoming {
  asserts: MoveEdge[];
  authored: MoveEdge[];
}

/**
 * The edges traces move along, per node, read from the graph the first time a node is asked about and kept
 * in graph order. Hubs carry many edges no trace follows (mentions, stances, reports), so traces sharing
 * this read each hub once instead of once per visit. Stale once the graph changes: make one per question.
 */
export class MoveEdges {
  private readonly outgoing = new Map<string, Outgoing>();
  private readonly incoming = new Map<string, Incoming>();

  constructor(readonly graph: SourcetraceGraph) {}

  /** `cites` or `publishes` edges leaving the node. */
  out(node: string, kind: keyof Outgoing): readonly MoveEdge[] {
    let known = this.outgoing.get(node);
    if (!known) {
      known = { cites: [], publishes: [] };
      const lists = known;
      this.graph.forEachOutEdge(node, (edge, attrs, _source, target) => {
        if (attrs.kind === 'cites' || attrs.kind === 'publishes')
          lists[attrs.kind].push({ edge, attrs, other: target });
      });
      this.outgoing.set(node, known);
    }
    return known[kind];
  }

  /** `asserts` or `authored` edges arriving at the node. */
  in(node: string, kind: keyof Incoming): readonly MoveEdge[] {
    let known = this.incoming.get(node);
    if (!known) {
      known = { asserts: [], authored: [] };
      const lists = known;
      this.graph.forEachInEdge(node, (edge, attrs, source) => {
        if (attrs.kind === 'asserts' || attrs.kind === 'authored')
          lists[attrs.kind].push({ edge, attrs, other: source });
      });
      this.incoming.set(node, known);
    }
    return known[kind];
  }
}

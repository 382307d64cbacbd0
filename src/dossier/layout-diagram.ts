import type { EdgeKind, NodeKind, SourcetraceGraph } from '../model';
import type { DiagramEdge, DiagramNode } from './dossier-types';

/** An edge of the diagram, with the direction the trace walked it (`from` nearer the claim). */
export interface DiagramLink extends DiagramEdge {
  from: string;
  to: string;
}

const KIND_ORDER: readonly NodeKind[] = ['claim', 'article', 'outlet', 'person', 'organization', 'document'];

/**
 * A left-to-right layered layout: the root in layer 0, every other node in the layer of its longest walk
 * from the root (so primary sources end up rightmost); rows ordered by kind, then label. Relaxation stops
 * after as many rounds as there are nodes, so cycles cannot run away.
 */
export function layoutDiagram(
  graph: SourcetraceGraph,
  root: string,
  links: readonly DiagramLink[],
): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const layer = new Map<string, number>([[root, 0]]);
  for (const l of links) for (const k of [l.from, l.to]) if (!layer.has(k)) layer.set(k, k === root ? 0 : 1);
  for (let round = 0; round < layer.size; round++) {
    let changed = false;
    for (const { from, to } of links) {
      const next = (layer.get(from) ?? 0) + 1;
      if (to !== root && next > (layer.get(to) ?? 0) && next < layer.size) {
        layer.set(to, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  const nodes = [...layer.entries()].map(([key, l]): DiagramNode => {
    const attrs = graph.getNodeAttributes(key);
    return { key, label: attrs.label, kind: attrs.kind, layer: l, row: 0 };
  });
  nodes.sort(
    (a, b) => a.layer - b.layer || rank(a.kind) - rank(b.kind) || a.label.localeCompare(b.label) || cmp(a.key, b.key),
  );
  const rows = new Map<number, number>();
  for (const n of nodes) {
    n.row = rows.get(n.layer) ?? 0;
    rows.set(n.layer, n.row + 1);
  }
  const seen = new Set<string>();
  const edges: DiagramEdge[] = [];
  for (const { source, target, kind } of links) {
    const id = `${kind}|${source}|${target}`;
    if (!seen.has(id)) edges.push({ source, target, kind: kind as EdgeKind });
    seen.add(id);
  }
  return { nodes, edges };
}

const rank = (kind: NodeKind) => KIND_ORDER.indexOf(kind);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

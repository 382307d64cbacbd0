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
  orderRows(nodes, links);
  const seen = new Set<string>();
  const edges: DiagramEdge[] = [];
  for (const { source, target, kind } of links) {
    const id = `${kind}|${source}|${target}`;
    if (!seen.has(id)) edges.push({ source, target, kind: kind as EdgeKind });
    seen.add(id);
  }
  return { nodes, edges };
}

/**
 * Rows: layer by layer, each node goes near the mean row of its links into earlier layers (the barycentre
 * heuristic, one sweep), so lines cross less; then by kind, label and key for a stable order.
 */
function orderRows(nodes: DiagramNode[], links: readonly DiagramLink[]): void {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const layers = Math.max(0, ...nodes.map((n) => n.layer));
  for (let l = 0; l <= layers; l++) {
    const here = nodes.filter((n) => n.layer === l);
    const centre = new Map(here.map((n) => [n.key, barycentre(n, links, byKey)]));
    here.sort(
      (a, b) =>
        (centre.get(a.key) ?? 0) - (centre.get(b.key) ?? 0) ||
        rank(a.kind) - rank(b.kind) ||
        a.label.localeCompare(b.label) ||
        cmp(a.key, b.key),
    );
    here.forEach((n, row) => (n.row = row));
  }
  nodes.sort((a, b) => a.layer - b.layer || a.row - b.row);
}

function barycentre(node: DiagramNode, links: readonly DiagramLink[], byKey: Map<string, DiagramNode>): number {
  const rows: number[] = [];
  for (const { from, to } of links) {
    const other = to === node.key ? byKey.get(from) : from === node.key ? byKey.get(to) : undefined;
    if (other && other.layer < node.layer) rows.push(other.row);
  }
  return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : 0;
}

const rank = (kind: NodeKind) => KIND_ORDER.indexOf(kind);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

import type { EdgeKind, NodeKind } from '../model';
import type { DiagramNode, Dossier } from './dossier-types';
import { escapeHtml, shorten } from './escape';
import { EDGE_KIND_STYLE, NODE_KIND_STYLE } from '../style';

const COL = 230;
const ROW = 62;
const BOX_W = 184;
const BOX_H = 40;
const PAD = 24;

// Kind colours from the one style table the canvas and exports read; boxes are a tint of it so text stays legible.
const colorOf = (kind: NodeKind) => NODE_KIND_STYLE[kind].color;
const strokeOf = (kind: EdgeKind) => EDGE_KIND_STYLE[kind].color;

const box = (n: DiagramNode) => ({ x: PAD + n.layer * COL, y: PAD + n.row * ROW });

/**
 * The chain as an inline SVG, laid out left to right by layer; arrows point the way the graph's edges do
 * (a source asserts a claim, an article cites a source). Every label is escaped.
 */
export function renderDiagramSvg(diagram: Dossier['diagram']): string {
  const byKey = new Map(diagram.nodes.map((n) => [n.key, n]));
  const layers = Math.max(1, ...diagram.nodes.map((n) => n.layer + 1));
  const rows = Math.max(1, ...diagram.nodes.map((n) => n.row + 1));
  const width = PAD * 2 + (layers - 1) * COL + BOX_W;
  const height = PAD * 2 + (rows - 1) * ROW + BOX_H;
  const kinds = [...new Set(diagram.edges.map((e) => e.kind))];
  const markers = kinds
    .map(
      (k) =>
        `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${strokeOf(k)}"/></marker>`,
    )
    .join('');
  const edges = diagram.edges.map((e) => {
    const s = byKey.get(e.source);
    const t = byKey.get(e.target);
    return s && t ? edgeSvg(s, t, e.kind) : '';
  });
  const nodes = diagram.nodes.map(nodeSvg);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Citation chain diagram">`,
    `<defs>${markers}</defs>`,
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}

function nodeSvg(n: DiagramNode): string {
  const { x, y } = box(n);
  const dash = n.kind === 'document' ? ' stroke-dasharray="4 2"' : '';
  return (
    `<g class="node ${n.kind}"><title>${escapeHtml(`${n.kind}: ${n.label}`)}</title>` +
    `<rect x="${x}" y="${y}" width="${BOX_W}" height="${BOX_H}" rx="6" fill="${colorOf(n.kind)}" fill-opacity="0.16" stroke="${colorOf(n.kind)}" stroke-width="1.5"${dash}/>` +
    `<text x="${x + 8}" y="${y + 16}" font-size="10" fill="#546e7a">${n.kind}</text>` +
    `<text x="${x + 8}" y="${y + 31}" font-size="12" fill="#212121">${escapeHtml(shorten(n.label, 28))}</text></g>`
  );
}

function edgeSvg(s: DiagramNode, t: DiagramNode, kind: EdgeKind): string {
  const a = box(s);
  const b = box(t);
  const same = s.layer === t.layer;
  const rightward = s.layer < t.layer;
  const x1 = rightward || same ? a.x + BOX_W : a.x;
  const x2 = rightward ? b.x : b.x + BOX_W;
  const [y1, y2] = [a.y + BOX_H / 2, b.y + BOX_H / 2];
  // Links within one layer leave and enter on the right and bow outwards, clear of the boxes.
  const mx = same ? x1 + 44 : (x1 + x2) / 2;
  const dash = kind === 'disputes' ? ' stroke-dasharray="6 3"' : '';
  const path = `M${x1},${y1} C${mx},${y1} ${mx},${y2} ${x2},${y2}`;
  return (
    `<g class="edge ${kind}"><path d="${path}" fill="none" stroke="${strokeOf(kind)}" stroke-width="1.5"${dash} marker-end="url(#arrow-${kind})"/>` +
    `<text x="${mx}" y="${(y1 + y2) / 2 - 4}" font-size="10" text-anchor="middle" fill="${strokeOf(kind)}">${kind}</text></g>`
  );
}

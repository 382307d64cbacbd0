import type { EdgeKind, NodeKind, SourcetraceGraph } from '../model';
import { EDGE_KINDS, NODE_KINDS, SourcetraceError } from '../model';
import type { ExportOptions, Position } from './export-options';
import { colorOf, positionOf, selectGraph } from './export-options';
import { EDGE_KIND_COLORS, NODE_KIND_STYLE } from './palette';
import { shapeElement } from './svg-shapes';
import { escapeXmlText, xmlAttrs } from './xml-text';

export interface SvgOptions extends ExportOptions {
  /** `transparent` (default), `white`, or a `#rrggbb` colour. */
  background?: string;
  /** Draw the legend of node and edge kinds present (default true). */
  legend?: boolean;
}

const SPAN = 1000; // the drawing is scaled so its larger side is this many units
const PAD = 60;
const R = 12;
const LEGEND_WIDTH = 170;
const MAX_LABEL = 40;

const round = (n: number) => Math.round(n * 100) / 100;

function label(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > MAX_LABEL ? chars.slice(0, MAX_LABEL - 1).join('') + '…' : chars.join('');
}

/** Positions scaled into [PAD, PAD + SPAN], so any layout's units draw at the same size. */
function placeNodes(g: SourcetraceGraph, options: ExportOptions): Map<string, Position> {
  const raw = new Map<string, Position>();
  g.forEachNode((key, attrs) => {
    const p = positionOf(key, attrs, options);
    if (!p)
      throw new SourcetraceError('export/svg', `node "${key.slice(0, 80)}" has no position; lay the graph out first`);
    raw.set(key, p);
  });
  // A loop, not Math.min(...xs): spreading 100k+ arguments overflows the call stack.
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of raw.values()) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  const scale = SPAN / Math.max(maxX - minX, maxY - minY, 1e-9);
  const placed = new Map<string, Position>();
  for (const [key, p] of raw) placed.set(key, { x: PAD + (p.x - minX) * scale, y: PAD + (p.y - minY) * scale });
  return placed;
}

const BEND_STEP = 16;

function toward(from: Position, to: Position, distance: number): Position {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  return { x: from.x + ((to.x - from.x) / len) * distance, y: from.y + ((to.y - from.y) / len) * distance };
}

/**
 * An arrow from `from` to `to`, curved by `bend` units to one side, so several edges between the same
 * two nodes (different kinds, or both directions) stay apart instead of drawing over each other.
 */
function edgeLine(from: Position, to: Position, kind: EdgeKind, bend: Position): string {
  const paint = {
    fill: 'none',
    stroke: EDGE_KIND_COLORS[kind],
    'stroke-width': 1.2,
    'marker-end': `url(#arrow-${kind})`,
  };
  if (from.x === to.x && from.y === to.y) {
    const d = `M${round(from.x)},${round(from.y - R)} a${R},${R} 0 1,1 ${R},${R}`;
    return `<path${xmlAttrs({ d, ...paint })}/>`;
  }
  const control = { x: (from.x + to.x) / 2 + bend.x, y: (from.y + to.y) / 2 + bend.y };
  const a = toward(from, control, R);
  const b = toward(to, control, R + 2);
  const d = `M${round(a.x)},${round(a.y)} Q${round(control.x)},${round(control.y)} ${round(b.x)},${round(b.y)}`;
  return `<path${xmlAttrs({ d, ...paint })}/>`;
}

/** Per edge, how far and which way to bend it: edges sharing a pair of nodes fan out symmetrically. */
function edgeBends(g: SourcetraceGraph, at: Map<string, Position>): Map<string, Position> {
  // One group per unordered pair, appended in place (copying the list per edge was quadratic: 40k parallel
  // edges took 14 s). The ends are kept with the group, so keys need no separator that a key could contain.
  const pairs = new Map<string, { first: string; second: string; keys: string[] }>();
  g.forEachEdge((key, _attrs, source, target) => {
    const [first, second] = source < target ? [source, target] : [target, source];
    const id = JSON.stringify([first, second]);
    const group = pairs.get(id);
    if (group) group.keys.push(key);
    else pairs.set(id, { first, second, keys: [key] });
  });
  const bends = new Map<string, Position>();
  for (const { first, second, keys } of pairs.values()) {
    const [a, b] = [at.get(first)!, at.get(second)!];
    // The normal of the pair's own (ordered) direction, so edges both ways bend to different sides.
    const unit = toward({ x: 0, y: 0 }, { x: b.x - a.x, y: b.y - a.y }, 1);
    keys.forEach((key, i) => {
      const offset = (i - (keys.length - 1) / 2) * BEND_STEP * 2;
      bends.set(key, { x: -unit.y * offset, y: unit.x * offset });
    });
  }
  return bends;
}

function markers(kinds: readonly EdgeKind[]): string[] {
  return kinds.map(
    (k) =>
      `<marker${xmlAttrs({ id: `arrow-${k}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })}><path d="M0,0 L10,5 L0,10 z"${xmlAttrs({ fill: EDGE_KIND_COLORS[k] })}/></marker>`,
  );
}

function legend(nodeKinds: readonly NodeKind[], edgeKinds: readonly EdgeKind[], x: number): string[] {
  const out = [`<g class="legend" font-size="12">`];
  let y = PAD;
  for (const kind of nodeKinds) {
    const style = NODE_KIND_STYLE[kind];
    out.push(
      shapeElement(style.shape, x + 10, y, 7, { fill: style.color }),
      `<text x="${x + 26}" y="${y + 4}">${kind}</text>`,
    );
    y += 22;
  }
  for (const kind of edgeKinds) {
    out.push(
      `<line${xmlAttrs({ x1: x, y1: y, x2: x + 20, y2: y, stroke: EDGE_KIND_COLORS[kind], 'stroke-width': 2 })}/>`,
    );
    out.push(`<text x="${x + 26}" y="${y + 4}">${kind}</text>`);
    y += 22;
  }
  out.push('</g>');
  return out;
}

/**
 * A standalone SVG of a positioned graph: shapes and colours per node kind, arrows coloured per edge kind,
 * labels, and a legend. All text from the graph is escaped. Throws when a node has no position.
 */
export function writeSvg(graph: SourcetraceGraph, options: SvgOptions = {}): string {
  const g = selectGraph(graph, options);
  const at = placeNodes(g, options);
  const nodeKinds = NODE_KINDS.filter((k) => g.someNode((_n, a) => a.kind === k));
  const edgeKinds = EDGE_KINDS.filter((k) => g.someEdge((_e, a) => a.kind === k));
  const showLegend = options.legend ?? true;
  const width = PAD * 2 + SPAN + (showLegend ? LEGEND_WIDTH : 0);
  const height = Math.max(PAD * 2 + SPAN, PAD * 2 + (nodeKinds.length + edgeKinds.length) * 22);
  const title = g.getAttribute('name') ?? 'Sourcetrace graph';
  const bg =
    options.background && /^(white|#[0-9a-fA-F]{6})$/.test(options.background) ? options.background : undefined;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${xmlAttrs({ xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'font-family': 'system-ui, sans-serif' })}>`,
    `<title>${escapeXmlText(title)}</title>`,
    `<defs>${markers(edgeKinds).join('')}</defs>`,
    ...(bg ? [`<rect width="100%" height="100%"${xmlAttrs({ fill: bg })}/>`] : []),
    '<g class="edges">',
  ];
  const bends = edgeBends(g, at);
  g.forEachEdge((key, attrs, source, target) => {
    out.push(edgeLine(at.get(source)!, at.get(target)!, attrs.kind, bends.get(key)!));
  });
  out.push('</g>', '<g class="nodes" font-size="11" text-anchor="middle" fill="#212529">');
  g.forEachNode((key, attrs) => {
    const p = at.get(key)!;
    out.push(
      shapeElement(NODE_KIND_STYLE[attrs.kind].shape, p.x, p.y, R, {
        fill: colorOf(key, attrs, options),
        stroke: '#ffffff',
        'stroke-width': 1.5,
      }),
    );
    // A white halo keeps labels readable where they cross edges.
    const textAttrs = {
      x: round(p.x),
      y: round(p.y + R + 13),
      stroke: '#ffffff',
      'stroke-width': 3,
      'paint-order': 'stroke',
    };
    out.push(`<text${xmlAttrs(textAttrs)}>${escapeXmlText(label(attrs.label))}</text>`);
  });
  out.push('</g>', ...(showLegend ? legend(nodeKinds, edgeKinds, PAD * 2 + SPAN) : []), '</svg>', '');
  return out.join('\n');
}

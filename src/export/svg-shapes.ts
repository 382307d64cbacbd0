import type { NodeShape } from '../style';
import { xmlAttrs } from './xml-text';

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Each node shape as an outline around (0, 0) with radius 1: a circle, a rectangle (corner radius in the
 * same unit) or a polygon. The SVG writer and the app's legend both draw from this, the canvas draws the
 * Cytoscape shape of the same name.
 */
export type ShapeOutline =
  | { type: 'circle' }
  | { type: 'rect'; halfWidth: number; halfHeight: number; corner: number }
  | { type: 'polygon'; points: readonly (readonly [number, number])[] };

const HEXAGON = [0, 1, 2, 3, 4, 5].map((i) => [Math.cos((Math.PI / 3) * i), Math.sin((Math.PI / 3) * i)] as const);
const DIAMOND = [
  [0, -1.15],
  [1.15, 0],
  [0, 1.15],
  [-1.15, 0],
] as const;
// Flat top and bottom, bulging sides: Cytoscape's barrel.
const BARREL = [
  [-0.85, -0.8],
  [0.85, -0.8],
  [1.05, 0],
  [0.85, 0.8],
  [-0.85, 0.8],
  [-1.05, 0],
] as const;

const OUTLINES: Readonly<Record<NodeShape, ShapeOutline>> = {
  ellipse: { type: 'circle' },
  rectangle: { type: 'rect', halfWidth: 1, halfHeight: 0.8, corner: 0 },
  'round-rectangle': { type: 'rect', halfWidth: 1, halfHeight: 0.8, corner: 1 / 3 },
  hexagon: { type: 'polygon', points: HEXAGON },
  diamond: { type: 'polygon', points: DIAMOND },
  barrel: { type: 'polygon', points: BARREL },
};

export function shapeOutline(shape: NodeShape): ShapeOutline {
  return OUTLINES[shape];
}

/** `points` of a polygon outline scaled to radius `r` around (cx, cy). */
export function polygonPoints(points: readonly (readonly [number, number])[], cx: number, cy: number, r: number) {
  return points.map(([dx, dy]) => `${round(cx + dx * r)},${round(cy + dy * r)}`).join(' ');
}

/** One SVG element drawing a node shape of radius `r` centred on (cx, cy); `paint` carries fill and stroke. */
export function shapeElement(
  shape: NodeShape,
  cx: number,
  cy: number,
  r: number,
  paint: Record<string, string | number>,
): string {
  const o = OUTLINES[shape];
  switch (o.type) {
    case 'circle':
      return `<circle${xmlAttrs({ cx: round(cx), cy: round(cy), r, ...paint })}/>`;
    case 'rect': {
      const box = {
        x: round(cx - o.halfWidth * r),
        y: round(cy - o.halfHeight * r),
        width: round(2 * o.halfWidth * r),
        height: round(2 * o.halfHeight * r),
      };
      return `<rect${xmlAttrs({ ...box, rx: o.corner ? round(o.corner * r) : undefined, ...paint })}/>`;
    }
    case 'polygon':
      return `<polygon${xmlAttrs({ points: polygonPoints(o.points, cx, cy, r), ...paint })}/>`;
  }
}

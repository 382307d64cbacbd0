import type { NodeShape } from './palette';
import { xmlAttrs } from './xml-text';

const round = (n: number) => Math.round(n * 100) / 100;

function polygon(cx: number, cy: number, points: readonly (readonly [number, number])[], r: number): string {
  return points.map(([dx, dy]) => `${round(cx + dx * r)},${round(cy + dy * r)}`).join(' ');
}

const HEXAGON = [0, 1, 2, 3, 4, 5].map((i) => [Math.cos((Math.PI / 3) * i), Math.sin((Math.PI / 3) * i)] as const);
const DIAMOND = [
  [0, -1.15],
  [1.15, 0],
  [0, 1.15],
  [-1.15, 0],
] as const;
const TAG = [
  [-1, -0.8],
  [0.55, -0.8],
  [1.1, 0],
  [0.55, 0.8],
  [-1, 0.8],
] as const;

/** One SVG element drawing a node shape of radius `r` centred on (cx, cy); `paint` carries fill and stroke. */
export function shapeElement(
  shape: NodeShape,
  cx: number,
  cy: number,
  r: number,
  paint: Record<string, string | number>,
): string {
  switch (shape) {
    case 'ellipse':
      return `<circle${xmlAttrs({ cx: round(cx), cy: round(cy), r, ...paint })}/>`;
    case 'rectangle':
    case 'round-rectangle': {
      const rx = shape === 'round-rectangle' ? r / 3 : 0;
      const box = { x: round(cx - r), y: round(cy - r * 0.8), width: 2 * r, height: round(1.6 * r) };
      return `<rect${xmlAttrs({ ...box, rx: rx || undefined, ...paint })}/>`;
    }
    case 'hexagon':
      return `<polygon${xmlAttrs({ points: polygon(cx, cy, HEXAGON, r), ...paint })}/>`;
    case 'diamond':
      return `<polygon${xmlAttrs({ points: polygon(cx, cy, DIAMOND, r), ...paint })}/>`;
    case 'tag':
      return `<polygon${xmlAttrs({ points: polygon(cx, cy, TAG, r), ...paint })}/>`;
  }
}

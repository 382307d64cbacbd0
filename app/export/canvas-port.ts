import type { Core } from 'cytoscape';
import { positionsOf } from '../canvas/stored-positions';
import type { CanvasPort } from '../store';

/** `rgb(r, g, b)` (what Cytoscape reports) or `#rgb`/`#rrggbb` as `#rrggbb`; undefined for anything else. */
export function cssColorToHex(color: string): string | undefined {
  const text = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return '#' + [...text.slice(1)].map((c) => c + c).join('');
  const m = /^rgba?\((\d{1,3}),\s*(\d{1,3}),\s*(\d{1,3})(?:,\s*[\d.]+)?\)$/.exec(text);
  if (!m) return undefined;
  const channels = m.slice(1, 4).map(Number);
  if (channels.some((c) => c > 255)) return undefined;
  return '#' + channels.map((c) => c.toString(16).padStart(2, '0')).join('');
}

/** Browsers refuse canvases past about 16k pixels a side or 268M pixels in all (Chrome); stay under both. */
export const MAX_PNG_SIDE = 16_384;
export const MAX_PNG_PIXELS = 200_000_000;

/** Why an image of this many device pixels cannot be drawn, or null when it can. */
export function pngSizeProblem(width: number, height: number): string | null {
  const [w, h] = [Math.ceil(width), Math.ceil(height)];
  if (w <= MAX_PNG_SIDE && h <= MAX_PNG_SIDE && w * h <= MAX_PNG_PIXELS) return null;
  return `export/png: the image would be ${w}×${h} pixels, more than a browser can draw; choose a smaller size or the current view`;
}

/**
 * The export menu's view of a Cytoscape instance. PNG scale is relative to CSS pixels: Cytoscape
 * multiplies by the device pixel ratio on its own, so it is divided out here.
 */
export function canvasPort(cy: Core): CanvasPort {
  return {
    png: ({ scale, background, full }) => {
      const box = full ? cy.elements().boundingBox() : { w: cy.width(), h: cy.height() };
      const problem = pngSizeProblem(box.w * scale, box.h * scale);
      if (problem) throw new Error(problem);
      return cy.png({
        output: 'blob',
        full,
        scale: scale / (window.devicePixelRatio || 1),
        ...(background === 'white' ? { bg: '#ffffff' } : {}),
      });
    },
    positions: () => positionsOf(cy.nodes()),
    colors: () => {
      const out: Record<string, string> = {};
      cy.nodes().forEach((n) => {
        const hex = cssColorToHex(String(n.style('background-color')));
        if (hex) out[n.id()] = hex;
      });
      return out;
    },
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
  };
}

import { hashText, type NodeAttributes } from '../model';
import { NODE_KIND_STYLE } from './kind-style';

/** Colour-blind-friendly categorical palette (Okabe–Ito order, plus darker companions). */
export const OUTLET_PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#7a5195',
  '#4d7c0f',
  '#b45309',
  '#1d4ed8',
  '#9d174d',
  '#0f766e',
] as const;

const NO_OUTLET = '#8a94a6';

/**
 * The colour of an outlet, from its key alone, so it is the same in every session, view and link,
 * whatever other outlets are loaded.
 */
export function outletColor(outletKey: string): string {
  if (!outletKey) return NO_OUTLET;
  const index = parseInt(hashText(outletKey), 36) % OUTLET_PALETTE.length;
  return OUTLET_PALETTE[index] ?? NO_OUTLET;
}

/** The colour a node is drawn in: outlets and articles wear their outlet's colour, the rest their kind's. */
export function nodeColor(key: string, attrs: NodeAttributes): string {
  if (attrs.kind === 'outlet') return outletColor(key);
  if (attrs.kind === 'article') return outletColor(attrs.outlet);
  return NODE_KIND_STYLE[attrs.kind].color;
}

import { encodeShareHash } from '../export';
import type { Viewport, ViewMode, ViewSnapshot } from '../store';

const MAX_KEY = 2000;
const MAX_TRAIL = 50;

/**
 * The URL hash for the whole view: the share link's fields (filters, selection, zoom/pan) plus the view
 * mode and the chain breadcrumb, so a copied address reopens the same picture.
 */
export function encodeViewHash(view: ViewSnapshot, viewport?: Viewport): string {
  const base = encodeShareHash({ filters: view.filters, selection: view.selection, viewport });
  if (view.mode !== 'chain' || view.chainTrail.length === 0) return base;
  const extra = new URLSearchParams([['mode', 'chain'], ...view.chainTrail.map((k): [string, string] => ['trail', k])]);
  return base === '#view' ? `#${extra.toString()}` : `${base}&${extra.toString()}`;
}

/** The mode and chain trail of a hash, or null when it names no mode. Over-long or surplus keys are dropped. */
export function decodeViewExtras(hash: string): { mode: ViewMode; chainTrail: string[] } | null {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const mode = q.get('mode');
  if (mode === null) return null;
  const chainTrail = q
    .getAll('trail')
    .filter((k) => k.length > 0 && k.length <= MAX_KEY)
    .slice(0, MAX_TRAIL);
  return mode === 'chain' && chainTrail.length > 0
    ? { mode: 'chain', chainTrail }
    : { mode: 'network', chainTrail: [] };
}

import { appendOverview, type OverviewChoice } from './overview-param';
import { encodeShareHash } from './share-link';
import type { Focus, Viewport, ViewMode, ViewSnapshot } from '../store';

const MAX_KEY = 2000;
const MAX_KEYS = 50;

/**
 * The URL hash for the whole view: the share link's fields (filters, selection, zoom/pan) plus the view
 * mode, the chain breadcrumb, the focus and the overview choice, so a copied address reopens the same picture.
 */
export function encodeViewHash(view: ViewSnapshot, viewport?: Viewport, overview?: OverviewChoice): string {
  const base = encodeShareHash({ filters: view.filters, selection: view.selection, viewport });
  const extra = new URLSearchParams();
  if (view.mode === 'chain' && view.chainTrail.length > 0) {
    extra.set('mode', 'chain');
    for (const k of view.chainTrail) extra.append('trail', k);
  }
  if (view.focus) {
    extra.set('focus', view.focus.key);
    extra.set('hops', String(view.focus.hops));
    for (const k of view.expanded) extra.append('expand', k);
  }
  if (overview) appendOverview(extra, overview);
  const text = extra.toString();
  if (!text) return base;
  return base === '#view' ? `#${text}` : `${base}&${text}`;
}

export interface ViewExtras {
  mode: ViewMode;
  chainTrail: string[];
  focus: Focus | null;
  expanded: string[];
}

const keys = (q: URLSearchParams, name: string) =>
  q
    .getAll(name)
    .filter((k) => k.length > 0 && k.length <= MAX_KEY)
    .slice(0, MAX_KEYS);

/**
 * The mode, chain trail and focus of a hash, or null when it names none of them. Over-long or surplus keys
 * are dropped; an unknown mode means the network; hops are clamped to 1–3.
 */
export function decodeViewExtras(hash: string): ViewExtras | null {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const mode = q.get('mode');
  const focusKey = q.get('focus');
  if (mode === null && focusKey === null) return null;
  const chainTrail = keys(q, 'trail');
  const chain = mode === 'chain' && chainTrail.length > 0;
  const hops = Math.min(3, Math.max(1, Math.round(Number(q.get('hops'))) || 1));
  const focus = focusKey && focusKey.length <= MAX_KEY ? { key: focusKey, hops } : null;
  return {
    mode: chain ? 'chain' : 'network',
    chainTrail: chain ? chainTrail : [],
    focus,
    expanded: focus ? keys(q, 'expand') : [],
  };
}

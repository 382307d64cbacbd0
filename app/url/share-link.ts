import { EDGE_KINDS, NODE_KINDS } from '../../src/model';
import { EMPTY_FILTERS, type FilterState, type Selection, type Viewport } from '../store';

/**
 * The view state a share link carries. The graph never travels in the URL: it goes as a snapshot file.
 * The chain view and focus ride in the same hash, added and read by `app/url` (which builds on this).
 */
export interface SharedView {
  filters: FilterState;
  selection: Selection;
  viewport?: Viewport;
}

/** Short, readable parameter names; lists repeat the parameter (`nk=claim&nk=person`). */
const P = {
  nodeKinds: 'nk',
  edgeKinds: 'ek',
  outlets: 'outlet',
  from: 'from',
  to: 'to',
  anonymous: 'anon',
  disputed: 'disputed',
  node: 'node',
  edge: 'edge',
  zoom: 'zoom',
  pan: 'pan',
} as const;

const MAX_KEY = 2000;
const round = (n: number) => Math.round(n * 1000) / 1000;

/** The URL hash (`#nk=claim&node=…`) for a view; empty filters and no selection give a bare `#view`. */
export function encodeShareHash(view: SharedView): string {
  const q = new URLSearchParams();
  const f = view.filters;
  for (const k of f.hiddenNodeKinds) q.append(P.nodeKinds, k);
  for (const k of f.hiddenEdgeKinds) q.append(P.edgeKinds, k);
  for (const o of f.hiddenOutlets) q.append(P.outlets, o);
  if (f.dateFrom) q.set(P.from, f.dateFrom);
  if (f.dateTo) q.set(P.to, f.dateTo);
  if (f.hideAnonymous) q.set(P.anonymous, '1');
  if (f.onlyDisputed) q.set(P.disputed, '1');
  if (view.selection) q.set(view.selection.type === 'node' ? P.node : P.edge, view.selection.key);
  if (view.viewport) {
    q.set(P.zoom, String(round(view.viewport.zoom)));
    q.set(P.pan, `${round(view.viewport.pan.x)},${round(view.viewport.pan.y)}`);
  }
  const text = q.toString();
  return text ? `#${text}` : '#view';
}

/** The whole link: the page's address without its old hash, plus the view. */
export function shareLink(pageUrl: string, view: SharedView): string {
  const url = new URL(pageUrl);
  url.hash = encodeShareHash(view).slice(1);
  return url.href;
}

/**
 * The link to copy for `view`: the page's own address when its hash already says this view (the app
 * keeps the address bar in step, with the chain view and focus too), else one built from `view`.
 */
export function linkToView(pageUrl: string, view: SharedView): string {
  const mirrored = decodeShareHash(new URL(pageUrl).hash);
  const same = mirrored !== null && encodeShareHash(mirrored.view) === encodeShareHash(view);
  return same ? pageUrl : shareLink(pageUrl, view);
}

const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
const finite = (s: string | null) => (s !== null && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : null);

function pick<T extends string>(q: URLSearchParams, name: string, allowed: readonly T[], bad: string[]): T[] {
  const out = new Set<T>();
  for (const v of q.getAll(name)) {
    if ((allowed as readonly string[]).includes(v)) out.add(v as T);
    else bad.push(`${name}=${v.slice(0, 40)}`);
  }
  return [...out].sort();
}

function viewportOf(q: URLSearchParams, bad: string[]): Viewport | undefined {
  if (!q.has(P.zoom) && !q.has(P.pan)) return undefined;
  const zoom = finite(q.get(P.zoom));
  const [x, y, extra] = (q.get(P.pan) ?? '').split(',');
  const pan = { x: finite(x ?? null), y: finite(y ?? null) };
  if (zoom === null || zoom <= 0 || pan.x === null || pan.y === null || extra !== undefined) {
    bad.push('zoom/pan');
    return undefined;
  }
  return { zoom, pan: { x: pan.x, y: pan.y } };
}

/**
 * Reads a link's hash back into a view, or null when it carries none. Values that do not parse are
 * left out and named in `ignored`, so a mangled link still opens what it can.
 */
export function decodeShareHash(hash: string): { view: SharedView; ignored: string[] } | null {
  const text = hash.replace(/^#/, '');
  if (text === '') return null;
  const q = new URLSearchParams(text === 'view' ? '' : text);
  // Some other use of the hash: not ours to interpret.
  if (text !== 'view' && !Object.values(P).some((name) => q.has(name))) return null;
  const bad: string[] = [];
  const day = (name: string) => {
    const v = q.get(name) ?? '';
    if (v && !isDay(v)) bad.push(`${name}=${v.slice(0, 40)}`);
    return isDay(v) ? v : '';
  };
  const outlets = q.getAll(P.outlets).filter((o) => o.length > 0 && o.length <= MAX_KEY);
  const filters: FilterState = {
    ...EMPTY_FILTERS,
    hiddenNodeKinds: pick(q, P.nodeKinds, NODE_KINDS, bad),
    hiddenEdgeKinds: pick(q, P.edgeKinds, EDGE_KINDS, bad),
    hiddenOutlets: [...new Set(outlets)].sort(),
    dateFrom: day(P.from),
    dateTo: day(P.to),
    hideAnonymous: q.get(P.anonymous) === '1',
    onlyDisputed: q.get(P.disputed) === '1',
  };
  const node = q.get(P.node);
  const edge = q.get(P.edge);
  const selection: Selection =
    node && node.length <= MAX_KEY
      ? { type: 'node', key: node }
      : edge && edge.length <= MAX_KEY
        ? { type: 'edge', key: edge }
        : null;
  const view: SharedView = { filters, selection };
  const viewport = viewportOf(q, bad);
  if (viewport) view.viewport = viewport;
  return { view, ignored: bad };
}

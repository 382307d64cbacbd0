import { EDGE_KINDS, NODE_KINDS, type SourcetraceGraph } from '../model';

/**
 * A flat, integer-indexed copy of what the view needs from the graph: typed arrays instead of
 * attribute objects, so filtering and aggregating 100k nodes is a few tight loops.
 */
export interface GraphIndex {
  keys: string[];
  idOf: Map<string, number>;
  /** Index into NODE_KINDS. */
  kind: Uint8Array;
  labels: string[];
  /** Articles: the outlet's node index; outlets: their own; -1 otherwise. */
  outletOf: Int32Array;
  /** Articles: `YYYY-MM-DD` of publishedAt, '' when undated. */
  day: string[];
  anonymous: Uint8Array;
  cited: Int32Array;
  /** Position in the importance order (0 = most connected); ties broken by key, so stable. */
  rankOf: Int32Array;
  rankOrder: Int32Array;
  /** The node whose aggregate a node joins when that node is drawn (articles → outlet, claims → best source). */
  anchor: Int32Array;
  edgeKeys: string[];
  src: Int32Array;
  tgt: Int32Array;
  /** Index into EDGE_KINDS. */
  ekind: Uint8Array;
  /** NaN when the edge has no confidence. */
  confidence: Float64Array;
  cue: string[];
  /** Incident edges of node i (both directions): adjEdge[adjStart[i] .. adjStart[i + 1]). */
  adjStart: Int32Array;
  adjEdge: Int32Array;
  /** Nodes anchored on node i: depEdge-style CSR over `anchor`. */
  depStart: Int32Array;
  dep: Int32Array;
}

export const KIND = Object.fromEntries(NODE_KINDS.map((k, i) => [k, i])) as Record<(typeof NODE_KINDS)[number], number>;
export const EKIND = Object.fromEntries(EDGE_KINDS.map((k, i) => [k, i])) as Record<
  (typeof EDGE_KINDS)[number],
  number
>;

const cache = new WeakMap<SourcetraceGraph, { index: GraphIndex | null }>();
const CHANGE_EVENTS = [
  'nodeAdded',
  'edgeAdded',
  'nodeDropped',
  'edgeDropped',
  'cleared',
  'edgesCleared',
  'nodeAttributesUpdated',
  'edgeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'eachEdgeAttributesUpdated',
] as const;

/** The index of a graph, built once and rebuilt only after the graph changes (graphology emits events). */
export function getGraphIndex(graph: SourcetraceGraph): GraphIndex {
  let entry = cache.get(graph);
  if (!entry) {
    const fresh: { index: GraphIndex | null } = { index: null };
    const invalidate = () => (fresh.index = null);
    for (const event of CHANGE_EVENTS) graph.on(event, invalidate);
    cache.set(graph, fresh);
    entry = fresh;
  }
  entry.index ??= buildGraphIndex(graph);
  return entry.index;
}

function csr(count: number, pairs: number, fill: (add: (owner: number, value: number) => void) => void) {
  const start = new Int32Array(count + 1);
  fill((owner) => start[owner + 1]!++);
  for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
  const cursor = start.slice(0, count);
  const values = new Int32Array(pairs);
  fill((owner, value) => (values[cursor[owner]!++] = value));
  return { start, values };
}

/** Builds the index without caching; prefer `getGraphIndex`. */
export function buildGraphIndex(graph: SourcetraceGraph): GraphIndex {
  const n = graph.order;
  const keys: string[] = new Array<string>(n);
  const idOf = new Map<string, number>();
  const kind = new Uint8Array(n);
  const labels: string[] = new Array<string>(n);
  const day: string[] = new Array<string>(n).fill('');
  const anonymous = new Uint8Array(n);
  const outletKeys: string[] = new Array<string>(n).fill('');
  let i = 0;
  graph.forEachNode((key, attrs) => {
    keys[i] = key;
    idOf.set(key, i);
    kind[i] = KIND[attrs.kind];
    labels[i] = attrs.label;
    if (attrs.kind === 'article') {
      outletKeys[i] = attrs.outlet;
      day[i] = attrs.publishedAt?.slice(0, 10) ?? '';
    } else if (attrs.kind === 'outlet') outletKeys[i] = key;
    if ((attrs.kind === 'person' || attrs.kind === 'organization') && attrs.anonymous) anonymous[i] = 1;
    i++;
  });
  const outletOf = new Int32Array(n);
  for (let v = 0; v < n; v++) outletOf[v] = idOf.get(outletKeys[v]!) ?? -1;
  const edges = indexEdges(graph, idOf);
  const adj = csr(n, 2 * edges.src.length, (add) => {
    for (let e = 0; e < edges.src.length; e++) {
      add(edges.src[e]!, e);
      // A self-loop is listed once, so walking a node's edges never counts it twice.
      if (edges.tgt[e] !== edges.src[e]) add(edges.tgt[e]!, e);
    }
  });
  const ranks = rankNodes(keys, idOf, edges);
  const anchor = anchorNodes(n, kind, outletOf, ranks.rankOf, edges);
  const deps = csr(n, n, (add) => {
    for (let v = 0; v < n; v++) if (anchor[v]! >= 0) add(anchor[v]!, v);
  });
  return {
    keys,
    idOf,
    kind,
    labels,
    outletOf,
    day,
    anonymous,
    ...ranks,
    anchor,
    ...edges,
    adjStart: adj.start,
    adjEdge: adj.values,
    depStart: deps.start,
    dep: deps.values,
  };
}

type EdgeArrays = Pick<GraphIndex, 'edgeKeys' | 'src' | 'tgt' | 'ekind' | 'confidence' | 'cue'>;

function indexEdges(graph: SourcetraceGraph, idOf: Map<string, number>): EdgeArrays {
  const m = graph.size;
  const out: EdgeArrays = {
    edgeKeys: new Array<string>(m),
    src: new Int32Array(m),
    tgt: new Int32Array(m),
    ekind: new Uint8Array(m),
    confidence: new Float64Array(m),
    cue: new Array<string>(m),
  };
  let e = 0;
  graph.forEachEdge((key, attrs, source, target) => {
    out.edgeKeys[e] = key;
    out.src[e] = idOf.get(source)!;
    out.tgt[e] = idOf.get(target)!;
    out.ekind[e] = EKIND[attrs.kind];
    out.confidence[e] = attrs.confidence ?? NaN;
    out.cue[e] = attrs.cue ?? '';
    e++;
  });
  return out;
}

function rankNodes(keys: string[], idOf: Map<string, number>, edges: EdgeArrays) {
  const n = keys.length;
  const cited = new Int32Array(n);
  const score = new Int32Array(n);
  for (let e = 0; e < edges.src.length; e++) {
    const k = edges.ekind[e]!;
    if (k === EKIND.cites || k === EKIND.asserts) cited[edges.tgt[e]!]!++;
    // Outlets matter by what they publish, claims by who carries them, sources by who cites them.
    if (k === EKIND.publishes) score[edges.src[e]!]!++;
    else score[edges.tgt[e]!]!++;
  }
  // Score descending, ties by key: a counting sort over the keys in (native, fast) string order.
  let max = 0;
  for (let v = 0; v < n; v++) max = Math.max(max, score[v]!);
  const cursor = new Int32Array(max + 2);
  for (let v = 0; v < n; v++) cursor[max - score[v]! + 1]!++;
  for (let b = 1; b <= max + 1; b++) cursor[b]! += cursor[b - 1]!;
  const rankOrder = new Int32Array(n);
  for (const key of keys.slice().sort()) {
    const v = idOf.get(key)!;
    rankOrder[cursor[max - score[v]!]!++] = v;
  }
  const rankOf = new Int32Array(n);
  for (let r = 0; r < n; r++) rankOf[rankOrder[r]!] = r;
  return { cited, rankOf, rankOrder };
}

/** Articles hang off their outlet; a claim off the best-ranked source asserting it, else its best reporter's outlet. */
function anchorNodes(n: number, kind: Uint8Array, outletOf: Int32Array, rankOf: Int32Array, edges: EdgeArrays) {
  const anchor = new Int32Array(n).fill(-1);
  const viaOutlet = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) if (kind[v] === KIND.article) anchor[v] = outletOf[v]!;
  for (let e = 0; e < edges.src.length; e++) {
    const t = edges.tgt[e]!;
    if (kind[t] !== KIND.claim) continue;
    const s = edges.src[e]!;
    if (edges.ekind[e] === EKIND.asserts && (anchor[t]! < 0 || rankOf[s]! < rankOf[anchor[t]!]!)) anchor[t] = s;
    const outlet = outletOf[s]!;
    if (edges.ekind[e] === EKIND.reports && outlet >= 0) {
      if (viaOutlet[t]! < 0 || rankOf[outlet]! < rankOf[viaOutlet[t]!]!) viaOutlet[t] = outlet;
    }
  }
  for (let v = 0; v < n; v++) if (kind[v] === KIND.claim && anchor[v]! < 0) anchor[v] = viaOutlet[v]!;
  return anchor;
}

import type { FilterResult } from './apply-filters';
import { countCitationLinks, type CitationLink } from './citation-links';
import { drawnNodeData } from './drawn-data';
import { KIND, type GraphIndex } from './graph-index';
import { formatCount, mapEdgeLabel } from './labels';
import type { ViewMapEdge, ViewMapNode } from './types';

export interface CitationMapOptions {
  budget: number;
  /** How many of the most-cited people, organisations and documents to draw besides the outlets. */
  sources: number;
  /** Most links per drawn node (default 3): past a few per node a map is a hairball, whatever the budget. */
  linksPerNode?: number;
}

export interface CitationMap {
  nodes: ViewMapNode[];
  edges: ViewMapEdge[];
  /** Links that were counted but left out to stay within the budget (the weakest go first). */
  omittedLinks: number;
}

const SOURCE_KINDS = new Set([KIND.person, KIND.organization, KIND.document]);
/** Share of the budget outlets and sources may take; the rest is for the links between them. */
const NODE_SHARE = 0.5;
const LINKS_PER_NODE = 3;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The outlet-level citation map of what the filters leave visible: every outlet as a node (and the
 * `sources` most-cited people, organisations and documents), joined by one counted edge per citing outlet
 * and cited node (see `countCitationLinks` for what is counted). Claims and articles are folded away.
 * Within the budget: nodes by weight up to half of it, then links by count, strongest first, at most
 * `linksPerNode` per drawn node on average. Pure and deterministic: ties are broken by key, output
 * sorted by id.
 */
export function buildCitationMap(index: GraphIndex, filter: FilterResult, options: CitationMapOptions): CitationMap {
  const links = [...countCitationLinks(index, filter).values()];
  const weight = new Float64Array(index.keys.length);
  const citedBy = new Float64Array(index.keys.length);
  for (const link of links) {
    const count = link.cites + link.reports;
    weight[link.from]! += count;
    weight[link.to]! += count;
    citedBy[link.to]! += count;
  }
  const drawn = chooseNodes(index, filter.nodeReason, weight, citedBy, options);
  const kept = links.filter((l) => drawn.has(l.from) && drawn.has(l.to));
  const perNode = Math.max(0, options.linksPerNode ?? LINKS_PER_NODE);
  const room = Math.max(0, Math.min(options.budget - drawn.size, Math.floor(perNode * drawn.size)));
  const edges = strongest(index, kept, room);
  let maxWeight = 1;
  for (const v of drawn) maxWeight = Math.max(maxWeight, weight[v]!);
  const nodes: ViewMapNode[] = [...drawn].map((v) => {
    const w = weight[v]!;
    return { type: 'map-node', ...drawnNodeData(index, v), weight: w, size: round3(Math.sqrt(w / maxWeight)) };
  });
  const maxCount = edges.reduce((max, l) => Math.max(max, l.cites + l.reports), 1);
  const mapEdges: ViewMapEdge[] = edges.map((l) => mapEdge(index, l, maxCount));
  return { nodes: nodes.sort(byId), edges: mapEdges.sort(byId), omittedLinks: kept.length - edges.length };
}

/** Visible outlets, then the most-cited visible sources; if more than the node share, the heaviest. */
function chooseNodes(
  index: GraphIndex,
  nodeReason: Uint8Array,
  weight: Float64Array,
  citedBy: Float64Array,
  options: CitationMapOptions,
): Set<number> {
  const heavier = (by: Float64Array) => (a: number, b: number) =>
    by[b]! - by[a]! || (index.keys[a]! < index.keys[b]! ? -1 : 1);
  const wanted = Math.max(0, Math.floor(options.sources));
  const outlets: number[] = [];
  const sources: number[] = [];
  for (let v = 0; v < index.keys.length; v++) {
    if (nodeReason[v] !== 0) continue;
    if (index.kind[v] === KIND.outlet) outlets.push(v);
    else if (wanted > 0 && citedBy[v]! > 0 && SOURCE_KINDS.has(index.kind[v]!)) sources.push(v);
  }
  const top = sources.sort(heavier(citedBy)).slice(0, wanted);
  const limit = Math.floor(options.budget * NODE_SHARE);
  const chosen =
    outlets.length + top.length <= limit ? [...outlets, ...top] : [...outlets, ...top].sort(heavier(weight));
  return new Set(chosen.slice(0, limit));
}

/** The `room` links with the highest counts (ties by the ends' keys). */
function strongest(index: GraphIndex, links: CitationLink[], room: number): CitationLink[] {
  if (links.length <= room) return links;
  const key = (l: CitationLink) => `${index.keys[l.from]!}|${index.keys[l.to]!}`;
  return links
    .map((l) => ({ l, count: l.cites + l.reports, k: key(l) }))
    .sort((a, b) => b.count - a.count || (a.k < b.k ? -1 : 1))
    .slice(0, room)
    .map((x) => x.l);
}

function mapEdge(index: GraphIndex, link: CitationLink, maxCount: number): ViewMapEdge {
  const source = index.keys[link.from]!;
  const target = index.keys[link.to]!;
  const count = link.cites + link.reports;
  return {
    type: 'map-edge',
    id: `map:${source}|${target}`,
    source,
    target,
    kind: link.cites > 0 ? 'cites' : 'reports',
    cites: link.cites,
    reports: link.reports,
    count,
    weight: round3(Math.sqrt(count / maxCount)),
    label: mapEdgeLabel(link.cites, link.reports),
    cue: formatCount(count),
  };
}

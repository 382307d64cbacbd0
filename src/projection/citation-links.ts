import type { FilterResult } from './apply-filters';
import { EKIND, KIND, type GraphIndex } from './graph-index';

/** What one outlet says of one node: how many citations of it, how many reports of claims it asserts. */
export interface CitationLink {
  /** The citing outlet (node index). */
  from: number;
  /** The cited node: an outlet, person, organisation or document (node index). */
  to: number;
  cites: number;
  reports: number;
}

/**
 * Counts outlet-level citation links over what the filters leave visible (`applyFilters`, the one filter
 * decision, so the map and the whole graph never disagree about what a filter hides):
 *
 * - a visible `cites` edge from an article (or from an outlet itself) is one citation by the article's
 *   outlet of the edge's target;
 * - a visible `reports` edge from an article to a claim is one report by its outlet of each source that
 *   asserts the claim and that the same article cites (visible edges): the article carries that source's
 *   claim and says so. Claims are folded away; whose claim it is stays. A claim a source made elsewhere
 *   is not counted, so a report never links two nodes that no article of the outlet links directly.
 *
 * An outlet citing itself is left out: it says nothing about who it relies on, and would draw a loop.
 * `onlyFrom` restricts the count to one outlet's own edges and its articles' (for its ranked citations).
 * Links come out keyed by `from * n + to`, in edge order, so equal inputs give equal maps.
 */
export function countCitationLinks(
  index: GraphIndex,
  filter: FilterResult,
  onlyFrom?: number,
): Map<number, CitationLink> {
  const n = index.keys.length;
  const links = new Map<number, CitationLink>();
  forEachCitation(index, filter, onlyFrom, (from, to, cite) => {
    const key = from * n + to;
    const link = links.get(key);
    if (link) {
      if (cite) link.cites++;
      else link.reports++;
    } else links.set(key, { from, to, cites: cite ? 1 : 0, reports: cite ? 0 : 1 });
  });
  return links;
}

/**
 * Calls `visit` once per citation or report counted by `countCitationLinks` (same rules), with the node
 * that made it: the article, or the outlet itself.
 */
export function forEachCitation(
  index: GraphIndex,
  filter: FilterResult,
  onlyFrom: number | undefined,
  visit: (from: number, to: number, cite: boolean, by: number) => void,
): void {
  const { nodeReason, edgeReason } = filter;
  const asserters = new Map<number, number[]>();
  const cited = new Map<number, Set<number>>();
  const onEdge = (e: number) => {
    if (edgeReason[e] !== 0) return;
    const kind = index.ekind[e]!;
    if (kind !== EKIND.cites && kind !== EKIND.reports) return;
    const by = index.src[e]!;
    const from = outletOwning(index, nodeReason, by);
    if (from < 0) return;
    const target = index.tgt[e]!;
    if (kind === EKIND.cites) {
      if (target !== from) visit(from, target, true, by);
    } else {
      for (const s of assertersOf(index, edgeReason, target, asserters)) {
        if (s !== from && citedBy(index, edgeReason, by, cited).has(s)) visit(from, s, false, by);
      }
    }
  };
  if (onlyFrom === undefined) {
    for (let e = 0; e < edgeReason.length; e++) onEdge(e);
  } else if (nodeReason[onlyFrom] === 0) {
    forEachOwnEdge(index, onlyFrom, onEdge);
  }
}

/** The visible outlet speaking through node v: v itself if an outlet, an article's publisher, else -1. */
function outletOwning(index: GraphIndex, nodeReason: Uint8Array, v: number): number {
  const kind = index.kind[v]!;
  if (kind !== KIND.outlet && kind !== KIND.article) return -1;
  const outlet = index.outletOf[v]!;
  return outlet >= 0 && nodeReason[outlet] === 0 ? outlet : -1;
}

/** Sources asserting claim c along visible edges, each once; memoised because hot claims are reported often. */
function assertersOf(index: GraphIndex, edgeReason: Uint8Array, c: number, memo: Map<number, number[]>): number[] {
  let list = memo.get(c);
  if (list) return list;
  const found = new Set<number>();
  for (let p = index.adjStart[c]!; p < index.adjStart[c + 1]!; p++) {
    const e = index.adjEdge[p]!;
    if (edgeReason[e] === 0 && index.ekind[e] === EKIND.asserts && index.tgt[e] === c) found.add(index.src[e]!);
  }
  list = [...found];
  memo.set(c, list);
  return list;
}

/** What node v cites along visible edges; memoised per article, as each of its reports asks. */
function citedBy(index: GraphIndex, edgeReason: Uint8Array, v: number, memo: Map<number, Set<number>>): Set<number> {
  let set = memo.get(v);
  if (set) return set;
  set = new Set<number>();
  for (let p = index.adjStart[v]!; p < index.adjStart[v + 1]!; p++) {
    const e = index.adjEdge[p]!;
    if (edgeReason[e] === 0 && index.ekind[e] === EKIND.cites && index.src[e] === v) set.add(index.tgt[e]!);
  }
  memo.set(v, set);
  return set;
}

/** Each edge out of outlet v and out of the articles it publishes (anchored on it), once. */
function forEachOwnEdge(index: GraphIndex, v: number, visit: (e: number) => void): void {
  const outOf = (u: number) => {
    for (let p = index.adjStart[u]!; p < index.adjStart[u + 1]!; p++) {
      const e = index.adjEdge[p]!;
      if (index.src[e] === u) visit(e);
    }
  };
  outOf(v);
  for (let p = index.depStart[v]!; p < index.depStart[v + 1]!; p++) {
    const d = index.dep[p]!;
    if (index.kind[d] === KIND.article && index.outletOf[d] === v) outOf(d);
  }
}

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
 * Links come out in node and edge order (keyed by the citing outlet's slot and the cited node), so equal
 * inputs give equal maps.
 */
export function countCitationLinks(
  index: GraphIndex,
  filter: FilterResult,
  onlyFrom?: number,
): Map<number, CitationLink> {
  const n = index.keys.length;
  // Keyed by a dense slot per citing outlet (few) rather than its node index, so keys stay small integers.
  const slotOf = new Int32Array(n).fill(-1);
  let slots = 0;
  const links = new Map<number, CitationLink>();
  forEachCitation(index, filter, onlyFrom, (from, to, cite) => {
    if (slotOf[from]! < 0) slotOf[from] = slots++;
    const key = slotOf[from]! * n + to;
    const link = links.get(key);
    if (!link) links.set(key, { from, to, cites: cite ? 1 : 0, reports: cite ? 0 : 1 });
    else if (cite) link.cites++;
    else link.reports++;
  });
  return links;
}

/**
 * Calls `visit` once per citation or report counted by `countCitationLinks` (same rules), with the node
 * that made it: the article, or the outlet itself. Walks each citing node's own edges with typed arrays
 * only: this runs on every filter change of a 100k-node graph.
 */
export function forEachCitation(
  index: GraphIndex,
  filter: FilterResult,
  onlyFrom: number | undefined,
  visit: (from: number, to: number, cite: boolean, by: number) => void,
): void {
  const { nodeReason, edgeReason } = filter;
  const { adjStart, adjEdge, src, tgt, ekind } = index;
  const asserters = assertersByClaim(index, edgeReason);
  // cited[s] === by + 1 while `by` is walked: whether it cites s, without a set per article.
  const cited = new Int32Array(index.keys.length);
  const walk = (by: number) => {
    const from = outletOwning(index, nodeReason, by);
    if (from < 0) return;
    for (let p = adjStart[by]!; p < adjStart[by + 1]!; p++) {
      const e = adjEdge[p]!;
      if (edgeReason[e] !== 0 || ekind[e] !== EKIND.cites || src[e] !== by) continue;
      cited[tgt[e]!] = by + 1;
      if (tgt[e] !== from) visit(from, tgt[e]!, true, by);
    }
    for (let p = adjStart[by]!; p < adjStart[by + 1]!; p++) {
      const e = adjEdge[p]!;
      if (edgeReason[e] !== 0 || ekind[e] !== EKIND.reports || src[e] !== by) continue;
      const claim = tgt[e]!;
      for (let q = asserters.start[claim]!; q < asserters.start[claim + 1]!; q++) {
        const s = asserters.source[q]!;
        if (s !== from && cited[s] === by + 1) visit(from, s, false, by);
      }
    }
  };
  if (onlyFrom === undefined) {
    for (let v = 0; v < nodeReason.length; v++) walk(v);
  } else if (nodeReason[onlyFrom] === 0) {
    walk(onlyFrom);
    for (let p = index.depStart[onlyFrom]!; p < index.depStart[onlyFrom + 1]!; p++) {
      const d = index.dep[p]!;
      if (index.kind[d] === KIND.article && index.outletOf[d] === onlyFrom) walk(d);
    }
  }
}

/** The visible outlet speaking through node v: v itself if an outlet, an article's publisher, else -1. */
function outletOwning(index: GraphIndex, nodeReason: Uint8Array, v: number): number {
  const kind = index.kind[v]!;
  if (kind !== KIND.outlet && kind !== KIND.article) return -1;
  const outlet = index.outletOf[v]!;
  return outlet >= 0 && nodeReason[outlet] === 0 ? outlet : -1;
}

/** Sources with a visible `asserts` edge to each node: source[start[c] .. start[c + 1]) (CSR by target). */
function assertersByClaim(index: GraphIndex, edgeReason: Uint8Array): { start: Int32Array; source: Int32Array } {
  const n = index.keys.length;
  const start = new Int32Array(n + 1);
  const isAssert = (e: number) => edgeReason[e] === 0 && index.ekind[e] === EKIND.asserts;
  for (let e = 0; e < edgeReason.length; e++) if (isAssert(e)) start[index.tgt[e]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const cursor = start.slice(0, n);
  const source = new Int32Array(start[n]!);
  for (let e = 0; e < edgeReason.length; e++) if (isAssert(e)) source[cursor[index.tgt[e]!]!++] = index.src[e]!;
  return { start, source };
}

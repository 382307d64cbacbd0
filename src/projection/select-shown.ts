import { visitNeighbours } from './apply-filters';
import { expansionPages, parseAggregateId } from './expansions';
import { KIND, type GraphIndex } from './graph-index';
import { GROUPS, type Overview } from './overview';
import type { ViewState } from './types';

/** Share of the budget the base overview may take before expansions are served. */
const BASE_SHARE = 0.5;

/**
 * Chooses which nodes the overview draws as themselves, in priority order, each only if the budget still
 * holds: the focus and expanded nodes; outlets then sources by rank up to half the budget; what each
 * expansion releases (a page at a time, best-ranked first); then more outlets and sources while room is left.
 * Returns the expansions (base id → pages) that were read.
 */
export function selectShown(
  overview: Overview,
  index: GraphIndex,
  edgeReason: Uint8Array,
  state: ViewState,
  budget: number,
  pageSize: number,
): Map<string, number> {
  const pages = expansionPages(state.expanded);
  for (const v of forcedNodes(index, state, pages)) overview.tryShow(v, budget);
  const base = baseCandidates(index, overview);
  const resume = fill(overview, base, 0, Math.floor(budget * BASE_SHARE));
  for (const [id, count] of pages) {
    const members = releasedBy(overview, index, edgeReason, id);
    let released = 0;
    for (const v of members) {
      if (released >= count * pageSize || !overview.tryShow(v, budget)) break;
      released++;
    }
  }
  fill(overview, base, resume, budget);
  return pages;
}

function forcedNodes(index: GraphIndex, state: ViewState, pages: Map<string, number>): number[] {
  const keys = state.focus ? [state.focus.key] : [];
  for (const id of pages.keys()) {
    const agg = parseAggregateId(id);
    keys.push(agg ? agg.anchor : id);
  }
  return keys.map((k) => index.idOf.get(k)).filter((v) => v !== undefined);
}

/**
 * The overview's skeleton: outlets and sources (people, organisations, documents), each list by rank,
 * taken in turn so that many outlets cannot crowd the most-cited sources out.
 */
function baseCandidates(index: GraphIndex, overview: Overview): number[] {
  const outlets: number[] = [];
  const sources: number[] = [];
  for (const v of index.rankOrder) {
    if (overview.rep[v]! < 0) continue;
    const kind = index.kind[v]!;
    if (kind === KIND.outlet) outlets.push(v);
    else if (kind === KIND.person || kind === KIND.organization || kind === KIND.document) sources.push(v);
  }
  const out: number[] = [];
  for (let i = 0; i < Math.max(outlets.length, sources.length); i++) {
    if (i < outlets.length) out.push(outlets[i]!);
    if (i < sources.length) out.push(sources[i]!);
  }
  return out;
}

/** Draws candidates from `start` until one would break `limit`; returns where it stopped. */
function fill(overview: Overview, candidates: number[], start: number, limit: number): number {
  let i = start;
  while (i < candidates.length && overview.tryShow(candidates[i]!, limit)) i++;
  return i;
}

/** Nodes an expansion may release, best-ranked first: an aggregate's members, or a drawn node's neighbours. */
function releasedBy(overview: Overview, index: GraphIndex, edgeReason: Uint8Array, id: string): number[] {
  const agg = parseAggregateId(id);
  if (agg) {
    const group = GROUPS.indexOf(agg.group as (typeof GROUPS)[number]);
    const anchor = agg.anchor ? index.idOf.get(agg.anchor) : -1;
    if (group < 0 || anchor === undefined) return [];
    const rep = overview.n + (anchor < 0 ? group : 4 + 4 * anchor + group);
    const members: number[] = [];
    for (const v of index.rankOrder) if (overview.rep[v] === rep) members.push(v);
    return members;
  }
  const v = index.idOf.get(id);
  if (v === undefined || !overview.isShown(v)) return [];
  const out = new Set<number>();
  visitNeighbours(index, edgeReason, v, (w) => {
    if (!overview.isShown(w)) out.add(w);
  });
  return [...out].sort((a, b) => index.rankOf[a]! - index.rankOf[b]!);
}

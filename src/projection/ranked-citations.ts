import { NODE_KINDS, type NodeKind } from '../model';
import type { FilterResult } from './apply-filters';
import { countCitationLinks, forEachCitation } from './citation-links';
import type { GraphIndex } from './graph-index';

export interface RankedCitation {
  key: string;
  label: string;
  kind: NodeKind;
  cites: number;
  reports: number;
}

export interface RankedCitations {
  rows: RankedCitation[];
  /** Nodes the outlet cites or reports in all, `rows` being the first `limit` of them. */
  total: number;
}

/**
 * Whom an outlet cites or reports, most first (citations + reports; ties by key), over what the filters
 * leave visible, counted as the citation map counts its links (`countCitationLinks`), so the ranking and
 * the map's edge counts agree. Empty for a node that is not a visible outlet.
 */
export function rankedCitations(
  index: GraphIndex,
  filter: FilterResult,
  outletKey: string,
  limit = 20,
): RankedCitations {
  const v = index.idOf.get(outletKey);
  if (v === undefined || NODE_KINDS[index.kind[v]!] !== 'outlet') return { rows: [], total: 0 };
  const links = [...countCitationLinks(index, filter, v).values()];
  const score = (l: { cites: number; reports: number }) => l.cites + l.reports;
  links.sort((a, b) => score(b) - score(a) || (index.keys[a.to]! < index.keys[b.to]! ? -1 : 1));
  const rows = links.slice(0, Math.max(0, limit)).map((l) => ({
    key: index.keys[l.to]!,
    label: index.labels[l.to]!,
    kind: NODE_KINDS[index.kind[l.to]!]!,
    cites: l.cites,
    reports: l.reports,
  }));
  return { rows, total: links.length };
}

/**
 * The articles of an outlet behind one of its ranked rows, as `countCitationLinks` counts them: those
 * citing `citedKey` along visible edges (its reports too come from these), best-ranked first, at most
 * `limit`. What to expand to see the detail behind a count.
 */
export function articlesBehind(
  index: GraphIndex,
  filter: FilterResult,
  outletKey: string,
  citedKey: string,
  limit = 30,
): string[] {
  const v = index.idOf.get(outletKey);
  const t = index.idOf.get(citedKey);
  if (v === undefined || t === undefined) return [];
  const found = new Set<number>();
  forEachCitation(index, filter, v, (_from, to, _cite, by) => {
    if (to === t && by !== v) found.add(by);
  });
  return [...found]
    .sort((a, b) => index.rankOf[a]! - index.rankOf[b]!)
    .slice(0, Math.max(0, limit))
    .map((a) => index.keys[a]!);
}

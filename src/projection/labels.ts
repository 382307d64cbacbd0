import type { EdgeKind } from '../model';
import type { AggregateGroup } from './types';

const GROUP_NOUNS: Record<AggregateGroup, [string, string]> = {
  outlets: ['outlet', 'outlets'],
  articles: ['article', 'articles'],
  sources: ['source', 'sources'],
  claims: ['claim', 'claims'],
};

const EDGE_NOUNS: Record<EdgeKind, [string, string]> = {
  publishes: ['article', 'articles'],
  cites: ['citation', 'citations'],
  asserts: ['assertion', 'assertions'],
  reports: ['report', 'reports'],
  authored: ['authorship', 'authorships'],
  affiliated: ['affiliation', 'affiliations'],
  disputes: ['dispute', 'disputes'],
  supports: ['support', 'supports'],
  mentions: ['mention', 'mentions'],
};

/** "2,341" — fixed locale so labels (and tests) read the same everywhere. */
export const formatCount = (count: number): string => count.toLocaleString('en-US');

const noun = ([one, many]: [string, string], count: number) => (count === 1 ? one : many);

/** "2,341 more sources — expand", "12 more articles from The Wall Street Journal — expand". */
export function aggregateLabel(group: AggregateGroup, count: number, anchorLabel: string): string {
  const whose = !anchorLabel ? '' : group === 'articles' ? ` from ${anchorLabel}` : ` via ${anchorLabel}`;
  return `${formatCount(count)} more ${noun(GROUP_NOUNS[group], count)}${whose} — expand`;
}

/** "12 citations". */
export function countedEdgeLabel(kind: EdgeKind, count: number): string {
  return `${formatCount(count)} ${noun(EDGE_NOUNS[kind], count)}`;
}

/** A citation-map link: "12 citations", "3 reports", "12 citations, 3 reports". */
export function mapEdgeLabel(cites: number, reports: number): string {
  const parts: string[] = [];
  if (cites > 0) parts.push(countedEdgeLabel('cites', cites));
  if (reports > 0) parts.push(countedEdgeLabel('reports', reports));
  return parts.join(', ');
}

import Fuse from 'fuse.js/basic';
import type { NodeKind, SourcetraceGraph } from '../../src/model';

export interface SearchItem {
  key: string;
  kind: NodeKind;
  label: string;
  aliases: string[];
  /** An outlet's web domain ("wsj.com"): people type it, or its first part, as a name. */
  domain?: string;
  /** How many edges the node has: among equal name matches, the most connected is the one meant. */
  degree?: number;
}

export interface SearchHit {
  item: SearchItem;
  /** 0 is perfect, 1 no match (Fuse's scale). */
  score: number;
  /** 0: a name or alias equals the query, 1: one of their words does, 2: fuzzy only. */
  exact: number;
  /** The alias that matched best, when it was not the label. */
  via?: string;
}

/** Sources people search for by name come first on a tie: an outlet before an article titled with its name. */
const KIND_RANK: Record<NodeKind, number> = {
  outlet: 0,
  person: 1,
  organization: 2,
  document: 3,
  claim: 4,
  article: 5,
};

/** Named sources (ranked among themselves by connections) before documents, claims and articles. */
const SOURCE_RANK: Record<NodeKind, number> = {
  outlet: 0,
  person: 0,
  organization: 0,
  document: 1,
  claim: 2,
  article: 3,
};

export type SearchIndex = Fuse<SearchItem>;

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '');

const words = (name: string) => name.split(/[^\p{L}\p{N}]+/u);

/** 0: a name or alias is the query; 1: one of their words is; 2: only fuzzy. Fuse alone ranks "paper" with "AP". */
function exactness(item: SearchItem, query: string): { exact: number; via?: string } {
  const q = fold(query);
  const others = [...item.aliases, ...(item.domain ? [item.domain] : [])];
  const label = fold(item.label);
  if (label === q) return { exact: 0 };
  const equal = others.find((n) => fold(n) === q);
  if (equal) return { exact: 0, via: equal };
  if (words(label).includes(q)) return { exact: 1 };
  const word = others.find((n) => words(fold(n)).includes(q));
  return word ? { exact: 1, via: word } : { exact: 2 };
}

/** What search knows of each node, in the graph's node order (the order decides ties Fuse leaves equal). */
export function searchItemsOf(graph: SourcetraceGraph): SearchItem[] {
  return graph.mapNodes((key, a) => {
    const item: SearchItem = { key, kind: a.kind, label: a.label, aliases: a.aliases, degree: graph.degree(key) };
    if (a.kind === 'outlet' && a.domain) item.domain = a.domain;
    return item;
  });
}

/**
 * A fuzzy index over the items' labels, aliases and domains. Built from the graph, or from the items a
 * reopen stored (app/persistence/search-record): the same items give the same index, so the same answers.
 */
export function indexSearchItems(items: readonly SearchItem[]): SearchIndex {
  return new Fuse([...items], {
    keys: [
      { name: 'label', weight: 2 },
      { name: 'aliases', weight: 1.5 },
      { name: 'domain', weight: 1 },
    ],
    includeScore: true,
    includeMatches: true,
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.34,
  });
}

/** A fuzzy index over every node's label and aliases, rebuilt when the graph changes. */
export function buildSearchIndex(graph: SourcetraceGraph): SearchIndex {
  return indexSearchItems(searchItemsOf(graph));
}

/** Best matches for `query`, ranked by score, then by kind (sources first), then by label. */
export function searchNodes(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  // A wide pool: a common surname matches hundreds of names, and Fuse ranks short labels first ("Aides to
  // Clinton" before "Hillary Rodham Clinton"); the name matches are ranked below, by connections.
  const hits = index.search(q.slice(0, 100), { limit: Math.max(limit * 3, 400) }).map((r) => {
    const { exact, via } = exactness(r.item, q);
    const alias = via ?? (r.matches?.some((m) => m.key === 'label') ? undefined : r.matches?.[0]?.value);
    const hit: SearchHit = { item: r.item, score: Math.round((r.score ?? 1) * 100) / 100, exact };
    if (alias) hit.via = alias;
    return hit;
  });
  // Among names that match a word exactly, the most connected node first ("Clinton": Hillary, then Bill);
  // fuzzy matches by closeness.
  const connections = (a: SearchHit, b: SearchHit) => (a.exact < 2 ? (b.item.degree ?? 0) - (a.item.degree ?? 0) : 0);
  hits.sort(
    (a, b) =>
      a.exact - b.exact ||
      SOURCE_RANK[a.item.kind] - SOURCE_RANK[b.item.kind] ||
      connections(a, b) ||
      a.score - b.score ||
      KIND_RANK[a.item.kind] - KIND_RANK[b.item.kind] ||
      a.item.label.localeCompare(b.item.label),
  );
  return hits.slice(0, limit);
}

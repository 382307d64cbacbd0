import type { Collection } from './types';

const PAGE = /^(.*)#([1-9][0-9]{0,5})$/;

/**
 * Reads the expanded set as base id → pages asked for: `x` is one page, `x` + `x#2` two, and so on.
 * A page counts only when all earlier ones are there, so collapsing `x` also folds its later pages.
 */
export function expansionPages(expanded: Collection<string>): Map<string, number> {
  const ids = expanded instanceof Set ? expanded : new Set(expanded);
  const pages = new Map<string, number>();
  for (const id of ids) {
    // A later page of an open id; a key that merely ends in `#2` (with no base open) stays an id of its own.
    const page = PAGE.exec(id);
    if (page && ids.has(page[1]!)) continue;
    let count = 1;
    while (ids.has(`${id}#${count + 1}`)) count++;
    pages.set(id, count);
  }
  return new Map([...pages].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The id to add to `expanded` for one more page of `id`, given the pages already open. */
export function nextPageId(id: string, pages: number): string {
  return pages === 0 ? id : `${id}#${pages + 1}`;
}

/** `expanded` with one more page of `id` open. */
export function withExpanded(expanded: Collection<string>, id: string): Set<string> {
  const pages = expansionPages(expanded).get(id) ?? 0;
  return new Set([...expanded, nextPageId(id, pages)]);
}

/** `expanded` with `id` and all its pages closed. */
export function withoutExpanded(expanded: Collection<string>, id: string): Set<string> {
  return new Set([...expanded].filter((x) => x !== id && PAGE.exec(x)?.[1] !== id));
}

/** Aggregate ids read back: `agg:<group>` or `agg:<group>@<anchor key>`. */
export function parseAggregateId(id: string): { group: string; anchor: string } | null {
  if (!id.startsWith('agg:')) return null;
  const at = id.indexOf('@');
  return at < 0 ? { group: id.slice(4), anchor: '' } : { group: id.slice(4, at), anchor: id.slice(at + 1) };
}

export function aggregateId(group: string, anchor: string): string {
  return anchor ? `agg:${group}@${anchor}` : `agg:${group}`;
}

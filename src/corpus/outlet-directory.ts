import type { OutletEntry } from '../extract';
import { DEFAULT_OUTLETS, normaliseName } from '../extract';
import { nodeKey } from '../model';

/**
 * The outlet gazetteer indexed the ways the corpus build needs: by any full name or alias, by short
 * name ("the Journal" may mean several outlets), and by web domain (for body links).
 */
export interface OutletDirectory {
  byName(name: string): OutletEntry | undefined;
  byShortName(name: string): readonly OutletEntry[];
  byHost(host: string): OutletEntry | undefined;
  keyOf(entry: OutletEntry): string;
}

const directories = new WeakMap<readonly OutletEntry[], OutletDirectory>();

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(entries: readonly OutletEntry[]): OutletDirectory {
  const names = new Map<string, OutletEntry>();
  const shorts = new Map<string, OutletEntry[]>();
  const domains = new Map<string, OutletEntry>();
  for (const e of entries) {
    for (const n of [e.name, ...(e.aliases ?? [])]) names.set(normaliseName(n), e);
    for (const s of e.short ?? []) push(shorts, normaliseName(s), e);
    if (e.domain) {
      const domain = e.domain.toLowerCase().replace(/^www\./, '');
      domains.set(domain, e);
      names.set(normaliseName(domain), e);
    }
  }
  return {
    byName: (name) => names.get(normaliseName(name)),
    byShortName: (name) => shorts.get(normaliseName(name)) ?? [],
    byHost(host) {
      // news.bbc.co.uk → bbc.co.uk → co.uk: the longest registered suffix wins.
      const parts = host
        .toLowerCase()
        .replace(/^www\./, '')
        .split('.');
      for (let i = 0; i < parts.length - 1; i++) {
        const hit = domains.get(parts.slice(i).join('.'));
        if (hit) return hit;
      }
      return undefined;
    },
    keyOf: (entry) => nodeKey('outlet', entry.name),
  };
}

/** The directory of a gazetteer (default: the bundled data/outlets.json), built once per list. */
export function outletDirectory(entries: readonly OutletEntry[] = DEFAULT_OUTLETS): OutletDirectory {
  let dir = directories.get(entries);
  if (!dir) directories.set(entries, (dir = build(entries)));
  return dir;
}

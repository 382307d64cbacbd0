import outletList from '../../data/outlets.json';
import { closeUpAround } from './linear-trim';
import { foldText } from './nlp';
import type { ExtractOptions } from './types';

/** One outlet of the gazetteer (data/outlets.json). `short` names resolve only once the outlet was named in full. */
export interface OutletEntry {
  name: string;
  domain?: string;
  aliases?: string[];
  short?: string[];
}

export interface Gazetteer {
  entries: readonly OutletEntry[];
  /** The outlet a phrase names, if any. Short names ("the Journal") need the outlet in `seen` (by name). */
  lookup(phrase: string, seen: ReadonlySet<string>): { entry: OutletEntry; short: boolean } | undefined;
}

/** "The Wall Street Journal's" → "wall street journal"; GUM's spaced punctuation is closed up. */
export function normaliseName(phrase: string): string {
  return closeUpAround(foldText(phrase), '-./&')
    .replace(/'s$|'$/, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function createGazetteer(entries: readonly OutletEntry[]): Gazetteer {
  const full = new Map<string, OutletEntry>();
  const short = new Map<string, OutletEntry[]>();
  for (const e of entries) {
    for (const n of [e.name, ...(e.aliases ?? []), ...(e.domain ? [e.domain] : [])]) full.set(normaliseName(n), e);
    for (const s of e.short ?? []) {
      const key = normaliseName(s);
      short.set(key, [...(short.get(key) ?? []), e]);
    }
  }
  const normalised = new Map<string, string>();
  const norm = (phrase: string): string => {
    let key = normalised.get(phrase);
    if (key === undefined) {
      if (normalised.size > 50_000) normalised.clear();
      normalised.set(phrase, (key = normaliseName(phrase)));
    }
    return key;
  };
  return {
    entries,
    lookup(phrase, seen) {
      const key = norm(phrase);
      const hit = full.get(key);
      if (hit && seen.has(hit.name)) return { entry: hit, short: false };
      // "The Times" after "The New York Times": the short name of an outlet already named wins.
      const known = short.get(key)?.find((e) => seen.has(e.name));
      if (known) return { entry: known, short: true };
      return hit ? { entry: hit, short: false } : undefined;
    },
  };
}

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{N}'\u2019.&-]*/gu;
const BLANKS = /^[ \t]+$/;
/** Outlet names are short: runs of capitalised words are tried a few words at a time. */
const MAX_NAME_WORDS = 6;

/**
 * The gazetteer's outlets a text names (entry names), found among its runs of capitalised words and their
 * sub-runs ("Both The Miami Herald" names the Miami Herald). Linear in the text: each run is cut to a few words.
 */
export function gazetteerNames(text: string, gazetteer: Gazetteer, seen: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const flush = (words: string[]) => {
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length, i + MAX_NAME_WORDS); j > i; j--) {
        const hit = gazetteer.lookup(words.slice(i, j).join(' '), seen);
        if (!hit) continue;
        found.push(hit.entry.name);
        i = j - 1;
        break;
      }
    }
  };
  let run: string[] = [];
  let end = -1;
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const joined = end >= 0 && BLANKS.test(text.slice(end, m.index)) && run.length < MAX_NAME_WORDS * 2;
    if (!joined) {
      flush(run);
      run = [];
    }
    run.push(m[0]);
    end = m.index + m[0].length;
  }
  flush(run);
  return found;
}

/** The bundled gazetteer, data/outlets.json (612 outlets). */
export const DEFAULT_OUTLETS: readonly OutletEntry[] = outletList;
let defaultGazetteer: Gazetteer | undefined;
const gazetteers = new WeakMap<object, Gazetteer>();

/** The gazetteer of the options' outlets, built once per outlet list. */
export function gazetteerFor(options: ExtractOptions): Gazetteer {
  if (!options.outlets) return (defaultGazetteer ??= createGazetteer(DEFAULT_OUTLETS));
  let g = gazetteers.get(options.outlets);
  if (!g) gazetteers.set(options.outlets, (g = createGazetteer(options.outlets)));
  return g;
}

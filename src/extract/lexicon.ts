import cues from '../../data/cues.json';
import type { Stance } from './types';

export type CueClass = 'speech' | 'report' | 'belief' | 'finding' | 'stance';

export interface CueEntry {
  strength: number;
  class: CueClass;
  stance: Stance;
  /** The lemma-ish first form, e.g. "say". */
  lemma: string;
}

export interface MultiwordCue extends CueEntry {
  words: string[];
}

interface RawEntry {
  strength: number;
  class: string;
  stance?: string;
}

function entry(raw: RawEntry, lemma: string): CueEntry {
  return {
    strength: raw.strength,
    class: raw.class as CueClass,
    stance: (raw.stance ?? 'asserts') as Stance,
    lemma,
  };
}

/** The cue lexicon of data/cues.json, indexed for O(1) lookup per token. */
export interface Lexicon {
  verbs: Map<string, CueEntry>;
  phrasal: MultiwordCue[];
  prepositional: MultiwordCue[];
  credits: Set<string>;
  authoring: Set<string>;
  /** Multiword cues by their first word. */
  multi: Map<string, MultiwordCue[]>;
}

let cached: Lexicon | undefined;

export function getLexicon(): Lexicon {
  if (cached) return cached;
  const verbs = new Map<string, CueEntry>();
  for (const v of cues.verbs) for (const f of v.forms) verbs.set(f, entry(v, v.forms[0]!));
  const multi = (list: { words: string[] } & RawEntry) => ({ ...entry(list, list.words.join(' ')), words: list.words });
  const phrasal = cues.phrasal.map(multi);
  const prepositional = cues.prepositional.map(multi);
  const byFirst = new Map<string, MultiwordCue[]>();
  for (const m of [...prepositional, ...phrasal]) byFirst.set(m.words[0]!, [...(byFirst.get(m.words[0]!) ?? []), m]);
  cached = {
    verbs,
    multi: byFirst,
    phrasal,
    prepositional,
    credits: new Set(cues.credits),
    authoring: new Set(cues.authoring),
  };
  return cached;
}

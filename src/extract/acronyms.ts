import type { Entity } from './entity';
import type { Retyping } from './retype-entities';
import { ACRONYM_SKIPS } from './words';

/** "NASA", "U.S.", "U. S.": the letters of a name written as an acronym, or undefined when it is not one. */
export function acronymLetters(name: string): string | undefined {
  const letters = name.replace(/^the\s+/i, '').replace(/[.\s]/g, '');
  return /^\p{Lu}{2,6}$/u.test(letters) ? letters : undefined;
}

/** The initials of a name of two words or more: "European Space Agency" → "ESA"; undefined for one word. */
export function initials(name: string): string | undefined {
  const words = name
    .replace(/^the\s+/i, '')
    .split(/[\s-]+/)
    .filter((w) => w && !ACRONYM_SKIPS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return words.map((w) => w[0]).join('');
}

/**
 * Acronyms that stand for a name of the same article ("the European Space Agency … ESA", "the United
 * States … the U.S."): the acronym's entity joins the named organisation or outlet (the most mentioned,
 * when several share the initials), and an acronym's place mentions take the named place's key. A person
 * is never the full form: a person's initials are no name ("JFK" stays whatever its rules made it).
 */
export function acronymMerges(
  entities: Iterable<Entity>,
  placeKeys: ReadonlyMap<string, string>,
  related: ReadonlySet<string>,
): { merges: Map<string, Retyping>; placeAliases: Map<string, string> } {
  const full = new Map<string, { kind: 'organization' | 'outlet' | 'place'; key: string; weight: number }>();
  const offer = (
    letters: string | undefined,
    kind: 'organization' | 'outlet' | 'place',
    key: string,
    weight: number,
  ) => {
    if (!letters) return;
    const had = full.get(letters);
    if (!had || weight > had.weight) full.set(letters, { kind, key, weight });
  };
  const list = [...entities];
  for (const e of list)
    if (!e.anonymous && (e.kind === 'organization' || e.kind === 'outlet'))
      offer(initials(e.label), e.kind, e.key, e.mentions);
  for (const [name, key] of placeKeys) offer(initials(name), 'place', key, 0);
  const merges = new Map<string, Retyping>();
  for (const e of list) {
    const target = e.anonymous || e.kind === 'person' ? undefined : full.get(acronymLetters(e.label) ?? '');
    if (!target || target.key === e.key) continue;
    // A cited acronym stays a node: it cannot become a place.
    if (target.kind === 'place' && related.has(e.key)) continue;
    merges.set(
      e.key,
      target.kind === 'place' ? { kind: 'place', key: target.key } : { kind: target.kind, key: target.key },
    );
  }
  const placeAliases = new Map<string, string>();
  for (const [name, key] of placeKeys) {
    const target = full.get(acronymLetters(name) ?? '');
    if (target?.kind === 'place' && target.key !== key) placeAliases.set(key, target.key);
  }
  return { merges, placeAliases };
}

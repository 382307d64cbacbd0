import type { Entity } from './entity';
import { COMPANY_WORDS, PLURAL_PRONOUNS, STATE_HEADS } from './entity';
import type { Token } from './nlp';
import { isCapitalised } from './noun-phrase';
import { POSSESSIVE_PRONOUNS } from './words';

/** The resolver's recency search: the latest entity matching a predicate. */
export type Latest = (pred: (e: Entity) => boolean) => Entity | undefined;

/** The last named organisation that is a company rather than a state body ("the company" → Norvane Lithium). */
export function latestOrganization(latest: Latest): Entity | undefined {
  return latest((e) => e.kind === 'organization' && !e.anonymous && !e.nameWords.some((w) => STATE_HEADS.has(w)));
}

/**
 * "the institute" after "the Institute for Border Studies", "the ministry" after "the defence ministry": the
 * last organisation whose name holds the noun beside other words.
 */
export function organizationNamedBy(latest: Latest, noun: string): Entity | undefined {
  return latest((e) => e.kind === 'organization' && e.nameWords.length > 1 && e.nameWords.includes(noun));
}

/**
 * "our board", "its chief executive", "the company's spokeswoman": the organisation that owns the role and how
 * many leading words say so. `whole` is the phrase length with its determiner, to see that one was dropped.
 */
export function ownerOf(
  bare: readonly Token[],
  whole: number,
  company: () => Entity | undefined,
): { owner: Entity | undefined; skip: number } | null {
  const w = bare[0]!.lower;
  if (POSSESSIVE_PRONOUNS.has(w) && bare.length > 1) {
    // "his"/"her" would need coreference we don't have (recency picks the wrong person): drop the pronoun only.
    const owner = w === 'his' || w === 'her' || w === 'my' || w === 'your' ? undefined : company();
    return { owner, skip: 1 };
  }
  if (bare.length > 2 && bare.length < whole && !isCapitalised(bare[0]) && bare[1]!.lower === "'s") {
    return { owner: COMPANY_WORDS.has(w) ? company() : undefined, skip: 2 };
  }
  return null;
}

/** A subject pronoun's referent by recency, number and known gender. */
export function resolvePronoun(p: string, latest: Latest): Entity | undefined {
  if (p === 'he' || p === 'she') {
    const want = p === 'she' ? 'f' : 'm';
    const e = latest((x) => x.kind === 'person' && !x.plural && x.gender !== (want === 'f' ? 'm' : 'f'));
    // The pronoun tells the gender of a person we did not know it for; later pronouns then choose better.
    if (e && !e.anonymous) e.gender ??= want;
    return e;
  }
  if (p === 'i') return latest((e) => e.kind === 'person' && !e.plural);
  if (PLURAL_PRONOUNS.has(p)) return latest((e) => e.plural || e.kind === 'organization' || e.kind === 'outlet');
  if (p === 'it') return latest((e) => e.kind !== 'person');
  return latest((e) => e.kind === 'person');
}

import { hasOrgHead, isPlaceName, isStateName } from './entity-form';
import type { Token } from './nlp';
import { isCapitalised } from './noun-phrase';
import { POST_MODIFIED } from './entity';
import { GENERIC_OUTLET_WORDS, HUMAN_HEADS, NAME_CONNECTORS, NAME_PARTICLES, ORG_HEADS, TITLES } from './words';

/**
 * The shape of a name phrase, read from its tokens alone (no article state): which tokens are a role or
 * title ("Venezuelan dictator") and which the name ("Nicolas Maduro"), and whether the whole phrase is an
 * organisation's name that keeps its titles ("the US Justice Department", "Ministry of Mines").
 */
export interface NameParts {
  roleToks: Token[];
  nameToks: Token[];
  orgName: boolean;
}

export function splitRoleAndName(bare: readonly Token[]): NameParts {
  const last = bare[bare.length - 1]!;
  const orgName =
    hasOrgHead(bare.length === 1 ? [bare[0]!.lower] : [bare[0]!.lower, last.lower]) ||
    bare.some((t, i) => ORG_HEADS.has(t.lower) && isCapitalised(t) && /^(of|for|on)$/.test(bare[i + 1]?.lower ?? ''));
  let lastTitle = -1;
  // A word hyphen-joined to the next is part of one compound, not a title before a name ("KING-TV").
  const hyphenated = (i: number) => bare[i + 1]?.text === '-' && bare[i + 1]!.start === bare[i]!.end;
  for (let i = 0; i < bare.length - 1 && !orgName; i++) if (TITLES.has(bare[i]!.lower) && !hyphenated(i)) lastTitle = i;
  // "Obama consultant Cornell Belcher", "party donor Oskar Lund": a common noun describes the name after it,
  // so the words before it are the role, and a later "Obama" is not this person.
  for (let i = lastTitle + 1; i < bare.length - 1 && !orgName; i++)
    if (
      bare[i]!.pos === 'NOUN' &&
      !isCapitalised(bare[i]) &&
      !NAME_PARTICLES.has(bare[i]!.lower) &&
      isCapitalised(bare[i + 1])
    )
      lastTitle = i;
  // "The BBC's Jane Doe": the owner before the possessive is not part of the name.
  const poss = bare.findIndex((t, i) => i < bare.length - 1 && (t.lower === "'s" || t.lower === "'"));
  if (poss > lastTitle && isCapitalised(bare[poss + 1]) && !ORG_HEADS.has(last.lower)) lastTitle = poss;
  // "Ambassador to the United States Hamdullah Mohib": a title's complement runs up to the final name.
  if (lastTitle >= 0 && NAME_CONNECTORS.has(bare[lastTitle + 1]?.lower ?? '') && bare.length - lastTitle > 4) {
    lastTitle = bare.length - 3;
  }
  const nameToks = bare.slice(lastTitle + 1).filter((t) => t.lower !== "'s");
  // "friend Auguste Chevalier", "years Nida": lower-case words before a person's name describe or precede
  // it; they are no part of it (name particles are: "du Motel", "van Gogh"). Organisations keep theirs.
  let lead = 0;
  if (!orgName)
    while (lead < nameToks.length - 1 && !isCapitalised(nameToks[lead]) && !NAME_PARTICLES.has(nameToks[lead]!.lower))
      lead++;
  return { roleToks: bare.slice(0, lastTitle + 1), nameToks: nameToks.slice(lead), orgName };
}

/**
 * "Priya Nandakumar of Ashgrove Capital": the person's tokens and the organisation's after the preposition,
 * or null when the phrase is not of that shape (a place or state before "of" is never a person).
 */
export function splitPersonOfOrganization(bare: readonly Token[]): { person: Token[]; org: Token[] } | null {
  const c = bare.findIndex((t, i) => i >= 2 && /^(of|at|from|for)$/.test(t.lower));
  if (c < 0 || c > 3 || c >= bare.length - 1 || !ORG_HEADS.has(bare[bare.length - 1]!.lower)) return null;
  const person = bare.slice(0, c);
  if (!person.every((t) => isCapitalised(t) && !ORG_HEADS.has(t.lower) && !TITLES.has(t.lower))) return null;
  const words = person.map((t) => t.lower);
  if (isPlaceName(words) || isStateName(words)) return null;
  return { person, org: bare.slice(c + 1) };
}

/**
 * "the local paper Valdane Voice", "the polling firm Veritan": where the name starts after the last
 * lower-case noun of `nouns` when only capitalised words that are no titles follow it, else -1. A lone
 * outlet word or plural after the noun is no name ("network TV", "committee Democrats").
 */
export function nameAfterNoun(bare: readonly Token[], nouns: ReadonlySet<string>): number {
  let noun = -1;
  for (let i = 0; i < bare.length - 1; i++) if (!isCapitalised(bare[i]) && nouns.has(bare[i]!.lower)) noun = i;
  if (noun < 0) return -1;
  const name = bare.slice(noun + 1);
  const lone = name.length === 1 ? name[0]! : undefined;
  if (lone && (GENERIC_OUTLET_WORDS.has(lone.lower) || /\p{Ll}s$/u.test(lone.text))) return -1;
  return name.every((t) => isCapitalised(t) && !TITLES.has(t.lower)) ? noun + 1 : -1;
}

/**
 * The head a phrase's post-modifier hangs on, or -1: a human noun ("sources with knowledge of …", "aides
 * to Clinton"), or a title ("the mayor of Oslo", "the president of the United States"). A title before a
 * run of three names or more names a person after its complement ("secretary of State Hillary Clinton",
 * "Minister of Defence Ana Ruiz"), which the name's split handles; a place or an organisation is the
 * complement itself ("the mayor of New York City").
 */
export function postModifiedHead(toks: readonly Token[]): number {
  const at = toks.findIndex(
    (t, k) =>
      (HUMAN_HEADS.has(t.lower) || TITLES.has(t.lower)) && k < toks.length - 1 && POST_MODIFIED.has(toks[k + 1]!.lower),
  );
  if (at < 0) return -1;
  const head = toks[at]!;
  // A lower-case human noun heads whatever follows ("people close to Hillary Clinton").
  if (HUMAN_HEADS.has(head.lower) && !isCapitalised(head)) return at;
  if (!HUMAN_HEADS.has(head.lower) && !/^(of|for)$/.test(toks[at + 1]!.lower)) return -1;
  const rest = toks.slice(at + 2).filter((t, k) => !(k === 0 && t.lower === 'the'));
  const words = rest.map((t) => t.lower);
  const named = rest.length >= 3 && rest.every((t) => isCapitalised(t));
  return named && !isPlaceName(words) && !hasOrgHead(words) ? -1 : at;
}

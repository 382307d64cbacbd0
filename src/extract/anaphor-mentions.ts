import type { Entity, Mention } from './entity';
import type { Latest } from './entity-anaphora';
import { latestOrganization, organizationNamedBy } from './entity-anaphora';
import type { Token } from './nlp';
import { OUTLET_NOUNS, pronounForms } from './words';

/**
 * Third-person singular personal pronouns, as the subject form whose referent they share ("his" and "him"
 * are "he"'s). "it" and "they" are left out: resolved by recency alone, they lowered MUC and B³ on every
 * non-news genre of GUM (they as often mean a thing or a group we have no entity for).
 */
const PRONOUNS = new Map((['he', 'she'] as const).flatMap((p) => pronounForms(p).map((form) => [form, p] as const)));
/** "the company", "the agency": the organisation last named, one whose name has the word first. */
const ORG_ANAPHORS = new Set([
  'company',
  'firm',
  'corporation',
  'agency',
  'organization',
  'organisation',
  'university',
  'party',
  'group',
  'ministry',
  'department',
  'court',
  'campaign',
  'team',
  'club',
  'council',
  'committee',
]);

/**
 * Mentions that are no name and no source: "he" and "she" (and their other forms), and "the company" / "the newspaper"
 * (a definite article and the noun alone), each resolved to the nearest compatible entity before it. Read
 * only: they tell the entity's mentions (for coreference) and never change what the resolver knows.
 */
export function anaphorMentions(
  tokens: readonly Token[],
  latest: Latest,
  recent: (pred: (e: Entity) => boolean, n: number) => Entity[],
): Mention[] {
  const out: Mention[] = [];
  const add = (e: Entity | undefined, from: Token, to: Token) => {
    if (e && !e.anonymous)
      out.push({ entity: e, start: from.start, end: to.end, text: `${from.text} ${to.text}`, resolution: 'anaphor' });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p = PRONOUNS.get(t.lower);
    if (p && (t.pos === 'PRON' || t.pos === 'DET')) {
      const e = salientPerson(p, recent);
      if (e && !e.anonymous) out.push({ entity: e, start: t.start, end: t.end, text: t.text, resolution: 'pronoun' });
      continue;
    }
    const n = tokens[i + 1];
    if (t.lower !== 'the' || !n || n.pos !== 'NOUN' || tokens[i + 2]?.pos === 'NOUN') continue;
    // "the newspaper", "the station": the outlet last named (one noun of isOutletAnaphor's list).
    if (OUTLET_NOUNS.has(n.lower))
      add(
        latest((e) => e.kind === 'outlet'),
        t,
        n,
      );
    else if (ORG_ANAPHORS.has(n.lower)) add(organizationNamedBy(latest, n.lower) ?? latestOrganization(latest), t, n);
  }
  return out;
}

/** Of the last few persons the pronoun's gender allows, the most mentioned: a story's protagonist is "he". */
function salientPerson(p: 'he' | 'she', recent: (pred: (e: Entity) => boolean, n: number) => Entity[]) {
  const other = p === 'she' ? 'm' : 'f';
  const near = recent((x) => x.kind === 'person' && !x.plural && x.gender !== other, WINDOW);
  let best: Entity | undefined;
  for (const e of near) if (!best || e.mentions > best.mentions) best = e;
  return best;
}
// Five persons back: a longer window gained nothing more on GUM's non-news genres (bio rose, travel fell).
const WINDOW = 5;

/** What the resolver knows about an entity, and the word classes it types them with. */
import type { FactEntity, SourceSpanKind } from './types';

/** An entity met in the article: what becomes a node of the article graph. */
export interface Entity {
  key: string;
  kind: SourceSpanKind;
  label: string;
  aliases: Set<string>;
  anonymous: boolean;
  role?: string;
  domain?: string;
  /** Lower-case name words, for surname resolution ("Kelly" → Anna Kelly). */
  nameWords: string[];
  plural: boolean;
  /** Key of the organisation a "Name of Organisation" phrase tied the person to. */
  affiliation?: string;
  /** Head noun, for anaphora ("the documents" → the memos). */
  head: string;
  mentions: number;
  /** From titles and roles ("spokeswoman", "Mr") or from a pronoun that resolved to the person. */
  gender?: 'f' | 'm';
  /**
   * Typed by evidence around the name (a role or title, "the polling firm X", "X said in a statement",
   * "X of Y"), not by its shape alone: the learned typer leaves it as the rules typed it.
   */
  sure?: boolean;
}

const FEMALE =
  /\b(spokeswoman|woman|mother|wife|daughter|sister|chairwoman|congresswoman|businesswoman|actress|queen|princess|mrs\.?|ms\.?|miss|madam|dame|lady|girl|grandmother|aunt)\b/i;
const MALE =
  /\b(spokesman|man|father|husband|son|brother|chairman|congressman|businessman|actor|king|prince|mr\.?|sir|lord|boy|grandfather|uncle)\b/i;

/** A person's gender from the words around their name, when they say it. */
export function genderOf(words: string): 'f' | 'm' | undefined {
  return FEMALE.test(words) ? 'f' : MALE.test(words) ? 'm' : undefined;
}

/** How a mention was tied to its entity; feeds the confidence. */
export type Resolution = 'explicit' | 'gazetteer' | 'alias' | 'surname' | 'pronoun' | 'anaphor';

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  text: string;
  resolution: Resolution;
}

export const POST_MODIFIED = new Set([
  'with',
  'familiar',
  'close',
  'of',
  'knowledgeable',
  'briefed',
  'involved',
  'in',
  'at',
  'from',
  'for',
  // "Aides to Clinton", "advisers to the president": the aides are the head, not a name.
  'to',
]);
export const GENERIC_DOCS = new Set(['document', 'documents', 'papers', 'records', 'files', 'materials']);
export const PLURAL_PRONOUNS = new Set(['they', 'we']);
export const COMPANY_WORDS = new Set(['company', 'firm', 'group', 'bank', 'lender', 'miner', 'corporation', 'insurer']);
export const STATE_HEADS = new Set([
  'government',
  'ministry',
  'department',
  'office',
  'court',
  'police',
  'council',
  'agency',
  'university',
  'commission',
  'trust',
]);
/** Offices with one holder at a time: "the attorney general", "the mayor". */
export const OFFICES = new Set(['president', 'governor', 'mayor', 'premier', 'chancellor', 'prosecutor', 'ombudsman']);

/** Marks an entity typed by its context (see `Entity.sure`). */
export function sure(e: Entity): Entity {
  e.sure = true;
  return e;
}

/** An entity as the article's facts carry it. */
export function factEntity(e: Entity): FactEntity {
  return {
    key: e.key,
    kind: e.kind,
    label: e.label,
    aliases: [...e.aliases],
    anonymous: e.anonymous,
    ...(e.role ? { role: e.role } : {}),
    ...(e.domain ? { domain: e.domain } : {}),
  };
}

/** Most mentioned named person so far: the article's protagonist, used for unsigned letters. */
export function salientPerson(entities: Iterable<Entity>, exclude?: Entity): Entity | undefined {
  let best: Entity | undefined;
  for (const e of entities)
    if (e.kind === 'person' && !e.anonymous && e !== exclude && (!best || e.mentions > best.mentions)) best = e;
  return best;
}

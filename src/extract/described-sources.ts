import { nodeKey } from '../model';
import type { Entity, Mention, Resolution } from './entity';
import { COMPANY_WORDS, GENERIC_DOCS, OFFICES } from './entity';
import { organizationNamedBy, type ownerOf } from './entity-anaphora';
import type { Token } from './nlp';
import type { SourceSpanKind } from './types';
import { DETERMINERS, DOC_HEADS, HUMAN_HEADS, INDUSTRY_WORDS, isOutletAnaphor, ORG_HEADS, TITLES } from './words';

/** A capital letter: a description holding one carries a name ("the Quill memo"). */
const NAME_LETTER = /\p{Lu}/u;
/** Plural agent nouns ("strategists", "historians"); the length keeps out "lists" and the like. */
const AGENT_PLURAL = /^\p{Ll}{4,}(?:ists|ians)$/u;

/** Names for one report: "the report" after "an unpublished review" is that review. */
const REPORT_LIKE = new Set([
  'report',
  'review',
  'study',
  'audit',
  'assessment',
  'analysis',
  'inquiry',
  'investigation',
]);

/** Agent nouns ("engineer", "farmers", "residents", "analyst"); the length keeps out "er", "tenor" and the like. */
const AGENT_NOUN = /^\p{Ll}{3,}(?:ers?|ors?|ists?|ians?|ents?|ants?)$/u;

/** What the resolution of a described source reads from the article's resolver. */
export interface DescribedContext {
  readonly articleId: string;
  readonly publisherKey: string;
  latest(pred: (e: Entity) => boolean): Entity | undefined;
  latestOrganization(): Entity | undefined;
  upsert(key: string, kind: SourceSpanKind, label: string, surface: string, anonymous: boolean): Entity;
}

/** A noun phrase headed by a common noun, as the resolver has read it. */
export interface DescribedPhrase {
  first: Token;
  /** The phrase without its determiner (and owner). */
  bare: Token[];
  headTok: Token;
  /** What the entity is called ("Esteban Roque lawyer" for "his lawyer"). */
  description: string;
  /** The phrase as the text writes it. */
  text: string;
  owned: ReturnType<typeof ownerOf>;
  citer: Entity | undefined;
}

/**
 * The key of a document or organisation known by its description. One with a name word in it ("the Quill
 * memo", "Calvera Port Authority") is one thing wherever it is cited; one described by common nouns only
 * ("the report", "a 50-state poll", "the media") is this article's, so two articles' reports stay apart.
 */
function describedKey(ctx: DescribedContext, kind: 'document' | 'organization', description: string): string {
  return nodeKey(kind, NAME_LETTER.test(description) ? description : `${ctx.articleId} ${description}`);
}

/**
 * "Documents obtained by …", "Officials at the council" opening a sentence: a common word's capital is the
 * sentence's, not a name's, so the description (and a key that keeps descriptions with a name apart by
 * article) is written lower case, as mid-sentence.
 */
function sentenceCaseLowered(description: string, first: Token | undefined): string {
  const w = first?.lower ?? '';
  const common =
    HUMAN_HEADS.has(w) || DOC_HEADS.has(w) || INDUSTRY_WORDS.has(w) || DETERMINERS.has(w) || RANKING.has(w);
  return common && description.startsWith(first!.text) ? w + description.slice(first!.text.length) : description;
}
/** Adjectives that open a described group ("Senior officials", "Local residents"), not a name. */
const RANKING = new Set(['senior', 'former', 'local', 'top']);

/**
 * A source named by a common noun: a document ("the memo"), a described group or role ("officials", "the
 * attorney general"), an organisation ("the company"), or a part of a group ("two of them"); the one the
 * article last cited when the phrase refers back, else a new described source.
 */
export function resolveDescribed(
  ctx: DescribedContext,
  phrase: DescribedPhrase,
  mention: (e: Entity, r: Resolution) => Mention,
): Mention {
  const { first, bare, headTok, text, owned, citer } = phrase;
  const description = sentenceCaseLowered(phrase.description, bare[0]);
  const head = headTok.lower;
  // A common-noun head: anaphora first ("the documents", "the officials"), then a new descriptive source.
  const definite =
    first.lower === 'the' || first.lower === 'these' || first.lower === 'those' || first.lower === 'this';
  const plural = /s$/.test(head) && !/ss$/.test(head);
  // "the newspaper", "the paper", "the agency": the outlet (or, for "the agency", the agency) named last.
  if (definite && (isOutletAnaphor(bare.map((t) => t.lower)) || (bare.length === 1 && head === 'agency'))) {
    // "the agency" is a news agency or a government one: the latest outlet or named organisation.
    const other = ctx.latest(
      (e) =>
        (e.kind === 'outlet' && e.key !== ctx.publisherKey) ||
        (head === 'agency' && e.kind === 'organization' && (e.head === 'agency' || !e.anonymous)),
    );
    const referent = other ?? (head === 'agency' ? undefined : ctx.latest((e) => e.key === ctx.publisherKey));
    if (referent) return mention(referent, 'anaphor');
  }
  if (DOC_HEADS.has(head)) {
    if (definite && (head === 'article' || head === 'story' || head === 'piece')) {
      const outlet = ctx.latest((e) => e.kind === 'outlet' && e.key !== ctx.publisherKey);
      if (outlet) return mention(outlet, 'anaphor');
    }
    if (definite && bare.length === 1) {
      const prev = ctx.latest(
        (e) =>
          e.kind === 'document' &&
          (e.head === head ||
            ((GENERIC_DOCS.has(head) || (REPORT_LIKE.has(head) && REPORT_LIKE.has(e.head))) && e.plural === plural)),
      );
      if (prev) return mention(prev, 'anaphor');
    }
    const owner = citer && citer.kind === 'outlet' && bare.length <= 3 ? `${citer.label} ` : '';
    const e = ctx.upsert(describedKey(ctx, 'document', owner + description), 'document', description, text, false);
    e.plural = plural;
    e.head = head;
    return mention(e, 'explicit');
  }
  // "reporters", "strategists", "others", "22 percent" (of those polled): people, never documents.
  // Agent nouns in -ist and -ian name people too ("strategists", "economists", "historians").
  const groupOfPeople =
    (plural && (TITLES.has(head.slice(0, -1)) || (headTok.pos === 'NOUN' && AGENT_PLURAL.test(head)))) ||
    head === 'others' ||
    head === 'percent';
  if (HUMAN_HEADS.has(head) || TITLES.has(head) || groupOfPeople) {
    // "the officials", or a bare "Sources" after "sources with knowledge of …": the same group, same citer.
    const barePlural = bare.length === 1 && first === bare[0] && plural;
    if ((definite || barePlural) && bare.length === 1) {
      const prev = ctx.latest(
        // In the article's own voice, the group any outlet cited; inside an outlet's voice, that outlet's.
        (e) =>
          e.anonymous &&
          e.head === head &&
          (!citer || citer.key === ctx.publisherKey || e.key.includes(citer.key.split(':')[1]!)),
      );
      if (prev) return mention(prev, 'anaphor');
    }
    // An owned role or a single office ("the attorney general") is one holder, whoever cites it.
    const office =
      !plural && (head === 'general' || OFFICES.has(head)) && (definite || !!owned || bare[1]?.lower === "'s");
    const owner = owned?.owner || office ? '' : `${citer ? citer.label : ctx.articleId} `;
    const kind = head === 'police' || head === 'authorities' ? 'organization' : 'person';
    const e = ctx.upsert(nodeKey(kind, owner + description), kind, description, text, true);
    e.role = description;
    e.head = head;
    e.plural = plural || head === 'people' || head === 'police';
    return mention(e, 'explicit');
  }
  // "shipping firms", "several banks": organisations too, described as a group.
  if (ORG_HEADS.has(head) || ORG_HEADS.has(head.replace(/ies$/, 'y').replace(/s$/, ''))) {
    // "the company", "the firm": the organisation last named.
    const prev = definite && bare.length === 1 && COMPANY_WORDS.has(head) ? ctx.latestOrganization() : undefined;
    if (prev) return mention(prev, 'anaphor');
    const named = definite && bare.length === 1 ? organizationNamedBy(ctx.latest.bind(ctx), head) : undefined;
    if (named) return mention(named, 'anaphor');
    // "the media", "the committee" with no name: a described organisation of this article, not one entity
    // every article that says "the media" shares.
    const hasName = NAME_LETTER.test(description);
    const e = ctx.upsert(describedKey(ctx, 'organization', description), 'organization', description, text, !hasName);
    if (!hasName) e.role = description;
    e.head = head;
    return mention(e, 'explicit');
  }
  if (head === 'them' || head === 'those' || head === 'us') {
    // "Two of them": part of the group just cited.
    const group = ctx.latest((e) => e.anonymous && e.plural && e.kind === 'person');
    if (group) return mention(group, 'anaphor');
    // No group yet: the pronoun says nothing to key by, so the phrase is kept as the role only.
    const owner = citer ? citer.label : ctx.articleId;
    const e = ctx.upsert(nodeKey('person', `${owner} unidentified sources`), 'person', description, text, true);
    e.role = text;
    e.plural = true;
    return mention(e, 'explicit');
  }
  // "an unnamed engineer", "a local farmer": an agent noun that speaks is a person, described.
  if (headTok.pos === 'NOUN' && AGENT_NOUN.test(head)) {
    const e = ctx.upsert(
      nodeKey('person', `${citer ? citer.label : ctx.articleId} ${description}`),
      'person',
      description,
      text,
      true,
    );
    e.role = description;
    e.head = head;
    e.plural = plural;
    return mention(e, 'explicit');
  }
  // Anything else that speaks ("Estimates suggest", "The results show") is treated as a document.
  const e = ctx.upsert(
    describedKey(ctx, 'document', (citer ? `${citer.label} ` : '') + description),
    'document',
    description,
    text,
    false,
  );
  e.head = head;
  e.plural = plural;
  return mention(e, 'explicit');
}

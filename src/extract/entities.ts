import { nodeKey } from '../model';
import {
  descriptionEnd,
  hasOrgHead,
  isEventName,
  isPlaceName,
  isStateName,
  isTitleOnly,
  orgContext,
  orgKeyName,
} from './entity-form';
import type { Gazetteer, OutletEntry } from './gazetteer';
import { foldText, type Token } from './nlp';
import type { NounPhrase } from './noun-phrase';
import { isCapitalised, isPartitive } from './noun-phrase';
import {
  DETERMINERS,
  DOC_HEADS,
  GENERIC_OUTLET_WORDS,
  HUMAN_HEADS,
  ORG_HEADS,
  OUTLET_HEADS,
  OUTLET_LEADS,
  OUTLET_NOUNS,
  TITLES,
} from './words';
import { closeUpAround } from './linear-trim';
import { latestOrganization, ownerOf, resolvePronoun } from './entity-anaphora';
import { reportOwner } from './reference-phrases';
import { ownerEntity } from './stance-targets';
import { nameAfterNoun, postModifiedHead, splitPersonOfOrganization, splitRoleAndName } from './name-parts';
import { resolveDescribed } from './described-sources';
import type { Entity, Mention, Resolution } from './entity';
import type { SourceSpanKind, Span } from './types';
import { genderOf, sure } from './entity';

/** Verbs an outlet does: a name after "the" that does them is an outlet ("the Northern Ledger reported"). */
const OUTLET_VERB = /^(?:report(?:s|ed)?|publish(?:es|ed)?|broadcasts?|aired|airs)$/;

export type { Entity, Mention, Resolution } from './entity';

/** Resolves noun phrases to entities within one article, remembering what it has seen. */
export class EntityResolver {
  readonly entities = new Map<string, Entity>();
  readonly seenOutlets = new Set<string>();
  /** Every entity in the order first met (the discourse stage asks which ones a sentence introduced). */
  readonly created: Entity[] = [];
  private recent: Entity[] = [];
  private readonly nameMemo = new Map<string, { entity: Entity; resolution: Resolution }>();
  /** Named persons by each word of their name, first comer first: "Kelly" → Anna Kelly. */
  private readonly byNameWord = new Map<string, Entity>();
  /** Named organisations by their first word: "Norvane" → Norvane Lithium Corp. */
  private readonly byOrgWord = new Map<string, Entity>();
  /** Organisations by lower-case label, so a name typed once as one stays one. */
  private readonly orgByLabel = new Map<string, Entity>();
  /** Names that never name an entity (places, commodities, bare titles): their test does not depend on state. */
  private readonly notNames = new Set<string>();
  /** Of those, the names that are places: a place is no node, but its mentions are kept for scoring. */
  private readonly placeNames = new Set<string>();
  readonly places: Span[] = [];
  /** The publishing outlet's key: "the article" in its own text means another outlet's article. */
  publisherKey = '';

  constructor(
    private readonly text: string,
    private readonly gazetteer: Gazetteer,
    readonly articleId: string,
  ) {}

  outletEntity(entry: OutletEntry, surface: string): Entity {
    this.seenOutlets.add(entry.name);
    const e = this.upsert(nodeKey('outlet', entry.name), 'outlet', entry.name, surface, false);
    if (entry.domain) e.domain = entry.domain;
    return e;
  }

  /** A document named by what it is ("letter to Xi Jinping"): one node per article and corpus. */
  document(label: string, head: string): Entity {
    const e = this.upsert(nodeKey('document', label), 'document', label, label, false);
    e.head = head;
    return e;
  }

  /** The outlet a name or domain designates (gazetteer first, then a plain outlet node). */
  outletByName(name: string): Entity {
    const hit = this.gazetteer.lookup(name, this.seenOutlets);
    if (hit) return this.outletEntity(hit.entry, name);
    const label = name.replace(/^www\./, '');
    return this.upsert(nodeKey('outlet', label), 'outlet', label, name, false);
  }

  /** The entity under `key`, made or met; the described-source stage makes its entities here too. */
  upsert(key: string, kind: SourceSpanKind, label: string, surface: string, anonymous: boolean): Entity {
    let e = this.entities.get(key);
    if (!e) {
      // Folded as tokens are ("O’Malley" → o'malley): a surname finds its name whatever the apostrophe.
      const words = foldText(label).split(/\s+/).filter(Boolean);
      e = {
        key,
        kind,
        label,
        aliases: new Set(),
        anonymous,
        nameWords: words,
        plural: false,
        head: words.at(-1) ?? '',
        mentions: 0,
      };
      this.entities.set(key, e);
      this.created.push(e);
      const w = words[0] ?? '';
      // First comer wins, as for surnames; registered once, when the organisation is first met.
      if (kind === 'organization' && !anonymous && words.length > 1 && /^[A-Z]/.test(label))
        if (!this.byOrgWord.has(w) && !ORG_HEADS.has(w) && !isPlaceName([w])) this.byOrgWord.set(w, e);
    }
    const clean = surface.replace(/\s+/g, ' ').trim();
    if (clean && clean !== e.label) e.aliases.add(clean);
    e.mentions++;
    this.remember(e);
    return e;
  }

  private remember(e: Entity): void {
    if (this.recent[this.recent.length - 1] === e) return;
    const at = this.recent.indexOf(e);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.push(e);
    if (this.recent.length > 12) this.recent.shift();
    if (e.kind === 'person' && !e.anonymous)
      for (const w of e.nameWords) if (!this.byNameWord.has(w)) this.byNameWord.set(w, e);
  }

  /** The latest entity matching `pred`, most recent first. */
  latest(pred: (e: Entity) => boolean): Entity | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) if (pred(this.recent[i]!)) return this.recent[i];
    return undefined;
  }

  /** Up to `n` entities matching `pred`, most recent first. */
  recentMatching(pred: (e: Entity) => boolean, n: number): Entity[] {
    const out: Entity[] = [];
    for (let i = this.recent.length - 1; i >= 0 && out.length < n; i--)
      if (pred(this.recent[i]!)) out.push(this.recent[i]!);
    return out;
  }

  /**
   * Resolves a noun phrase. `citer` is the outlet (or article owner) that cites it: anonymous sources are
   * keyed under it, so two papers' "officials" stay apart.
   */
  resolve(
    tokens: readonly Token[],
    np: NounPhrase,
    citer: Entity | undefined,
    mode: 'source' | 'mention' = 'source',
  ): Mention | null {
    // "one of the sources": the group is the entity, the span stays whole.
    const partitive = np.to - np.from >= 2 && isPartitive(tokens, np.from) ? 2 : 0;
    const spanToks = tokens.slice(np.from + partitive, np.to + 1);
    const first = spanToks[0]!;
    const start = tokens[np.from]!.start;
    const text = this.text.slice(start, spanToks[spanToks.length - 1]!.end);
    // The span is what the text says; the entity's description drops a trailing "on Tuesday".
    const cut = descriptionEnd(spanToks);
    const toks = cut === spanToks.length ? spanToks : spanToks.slice(0, cut);
    const last = toks[toks.length - 1]!;
    const end = last.end;
    const spanEnd = start + text.length;
    const mention = (entity: Entity, resolution: Resolution): Mention => ({
      entity,
      start,
      end: spanEnd,
      text,
      resolution,
    });

    if (toks.length === 1 && first.pos === 'PRON') {
      if (mode === 'mention') return null;
      const e = resolvePronoun(first.lower, this.latest.bind(this));
      if (e) return mention(e, 'pronoun');
      // Nobody to resolve to (a quote before any name): an unidentified speaker, kept under its citer.
      const owner = citer ? citer.label : this.articleId;
      const kind = first.lower === 'it' ? 'organization' : 'person';
      const placeholder = this.upsert(
        nodeKey(kind, `${owner} unidentified speaker`),
        kind,
        'unidentified speaker',
        text,
        true,
      );
      placeholder.role = 'unidentified speaker';
      return mention(placeholder, 'anaphor');
    }
    const hit = this.gazetteer.lookup(text, this.seenOutlets);
    if (hit) return mention(this.outletEntity(hit.entry, text), hit.short ? 'alias' : 'gazetteer');
    // "The Telegraph's report said", "the Herald's investigation found": an outlet's report speaks in its voice.
    const owner = reportOwner(text)?.replace(/['\u2019]s?$/, '');
    const byOwner = owner ? this.gazetteer.lookup(owner, this.seenOutlets) : null;
    if (byOwner) return mention(this.outletEntity(byOwner.entry, text), 'alias');
    const outlet = owner ? ownerEntity(owner, (p) => this.latest((e) => e.kind === 'outlet' && p(e))) : undefined;
    if (outlet) return mention(outlet, 'alias');
    const isDet = (t: Token) =>
      t.pos === 'DET' || DETERMINERS.has(t.lower) || t.pos === 'SCONJ' || (t.pos === 'ADV' && isCapitalised(t));
    const bare = toks.filter((t, i) => !(i === 0 && isDet(t)));
    if (bare.length === 0) return null;
    const owned = ownerOf(bare, toks.length, () => this.latestOrganization());
    if (owned) bare.splice(0, owned.skip);
    if (bare.length === 0) return null;
    // "sources with knowledge of the situation": the head is the human noun the phrase starts with.
    const postHead = postModifiedHead(toks);
    const headTok = postHead >= 0 ? toks[postHead]! : last;
    const head = headTok.lower;
    // A title after name words is a role ("the Republican National Committeeman"), no one's name.
    const common = DOC_HEADS.has(head) || HUMAN_HEADS.has(head) || TITLES.has(head);
    const single = bare.length === 1 || last.pos === 'NOUN' || TITLES.has(head);
    const headIsName = postHead < 0 && isCapitalised(last) && !(common && single);
    const plainDescription = this.text.slice(bare[0]!.start, end);
    if (headIsName) {
      const named = this.resolveName(bare, plainDescription, mention, mode, {
        tokens,
        from: np.from,
        to: np.from + toks.length - 1,
      });
      // The place is the name without a trailing "on Friday".
      if (!named && this.placeNames.has(plainDescription))
        this.places.push({ text: this.text.slice(first.start, end), start: first.start, end });
      return named;
    }
    // "his lawyer" → "Esteban Roque lawyer": the owner replaces the pronoun, and then tells whose it is.
    const description = (owned?.owner ? `${orgKeyName(owned.owner.label)} ` : '') + plainDescription;
    if (mode === 'mention') return null;
    return resolveDescribed(this, { first, bare, headTok, description, text, owned, citer }, mention);
  }

  /** The last named organisation that is a company rather than a state body. */
  latestOrganization(): Entity | undefined {
    return latestOrganization(this.latest.bind(this));
  }

  private resolveName(
    bare: Token[],
    description: string,
    mention: (e: Entity, r: Resolution) => Mention,
    mode: 'source' | 'mention',
    at: NameContext,
  ): Mention | null {
    if (mode === 'mention' && this.notNames.has(description)) return null;
    // Multi-word names always resolve the same way: remember them (this is the hot path on long texts).
    const memoKey = `${mode}\u0000${description}`;
    const memo = this.nameMemo.get(memoKey);
    if (memo) {
      memo.entity.mentions++;
      this.remember(memo.entity);
      return mention(memo.entity, memo.resolution);
    }
    const found = this.resolveNameUncached(bare, description, mention, mode, at);
    if (found && bare.length > 1 && (found.resolution === 'explicit' || found.resolution === 'gazetteer')) {
      this.nameMemo.set(memoKey, { entity: found.entity, resolution: found.resolution });
    }
    return found;
  }

  private resolveNameUncached(
    bare: Token[],
    description: string,
    mention: (e: Entity, r: Resolution) => Mention,
    mode: 'source' | 'mention',
    at: NameContext,
  ): Mention | null {
    const affiliated = this.personOfOrganization(bare, mention);
    if (affiliated) return affiliated;
    // "the local paper Valdane Voice", "the station WXKR": an outlet noun before the name makes it an outlet.
    const outletAt = nameAfterNoun(bare, OUTLET_NOUNS);
    if (outletAt > 0) {
      const named = this.text.slice(bare[outletAt]!.start, bare[bare.length - 1]!.end);
      const hit = this.gazetteer.lookup(named, this.seenOutlets);
      if (hit) return mention(this.outletEntity(hit.entry, description), hit.short ? 'alias' : 'gazetteer');
      return mention(this.upsert(nodeKey('outlet', named), 'outlet', named, description, false), 'explicit');
    }
    // "the polling firm Veritan": a common organisation noun before the name types it.
    const orgAt = nameAfterNoun(bare, ORG_HEADS);
    if (orgAt > 0) {
      const named = this.text.slice(bare[orgAt]!.start, bare[bare.length - 1]!.end);
      return mention(sure(this.organization(named, description, bare[bare.length - 1]!.lower)), 'explicit');
    }
    // Split "Venezuelan dictator Nicolas Maduro" into a role ("Venezuelan dictator") and a name.
    const { roleToks, nameToks, orgName } = splitRoleAndName(bare);
    const name = closeUpAround(this.text.slice(nameToks[0]!.start, nameToks[nameToks.length - 1]!.end), '-');
    const lastWord = nameToks[nameToks.length - 1]!.lower;
    const role = roleToks.length ? this.text.slice(roleToks[0]!.start, roleToks[roleToks.length - 1]!.end) : undefined;

    const outletHit = this.gazetteer.lookup(name, this.seenOutlets);
    if (outletHit)
      return mention(this.outletEntity(outletHit.entry, description), outletHit.short ? 'alias' : 'gazetteer');
    // "Press", "TV" alone (no source either: "TV shows never die"), or "ABSTRACT" (a header): no name.
    const lone = nameToks.length === 1 ? nameToks[0]!.text : '';
    const generic = GENERIC_OUTLET_WORDS.has(lastWord);
    if ((mode === 'mention' || generic) && (generic ? lone !== '' : /^\p{Lu}{7,}$/u.test(lone))) {
      this.notNames.add(description);
      return null;
    }
    // An outlet by its name's shape ("… Ledger", "Radio Calvera"), or a name after "the" that reports.
    const firstWord = nameToks[0]!.lower;
    const definiteName = at.tokens[at.from]?.lower === 'the' && roleToks.length === 0 && !/s$/.test(lastWord);
    const reports = OUTLET_VERB.test(at.tokens[at.to + 1]?.lower ?? '');
    if (
      OUTLET_HEADS.has(lastWord === 'agency' ? (nameToks.at(-2)?.lower ?? '') : lastWord) ||
      (nameToks.length > 1 && OUTLET_LEADS.has(firstWord)) ||
      (definiteName &&
        reports &&
        !orgName &&
        !hasOrgHead(nameToks.map((t) => t.lower)) &&
        !isPlaceName(nameToks.map((t) => t.lower)) &&
        !this.orgByLabel.has(name.toLowerCase())) ||
      /\.(com|org|net|co\.uk)$/i.test(name)
    ) {
      return mention(
        this.upsert(nodeKey('outlet', name), 'outlet', name.replace(/^the\s+/i, ''), description, false),
        'explicit',
      );
    }
    const lowerWords = nameToks.map((t) => t.lower);
    const place = isPlaceName(lowerWords);
    const isAcronym = nameToks.length === 1 && /^[A-Z][A-Z.&]{1,7}$/.test(nameToks[0]!.text) && !place;
    // A known place never becomes a person; speaking, it stands for its government ("Moscow said").
    const single = nameToks.length === 1;
    const commodity = single && ORG_HEADS.has(lastWord) && !hasOrgHead(lowerWords);
    if (mode === 'mention' && (place || commodity || isEventName(lowerWords) || isTitleOnly(nameToks))) {
      this.notNames.add(description);
      if (place && !commodity) this.placeNames.add(description);
      return null;
    }
    // A name this article already typed as an organisation stays one ("Ferrox's shares … Ferrox said").
    const orgWord = single ? (this.byOrgWord.get(lastWord) ?? this.orgByLabel.get(name.toLowerCase())) : undefined;
    if (orgWord) return mention(this.upsert(orgWord.key, 'organization', orgWord.label, name, false), 'alias');
    const byContext = single && !this.byNameWord.has(lastWord) && orgContext(at.tokens, at.from, at.to);
    // "The Islamic State asserted …": no person's after "the"; context is sure, the typer does not overrule it.
    if (
      orgName ||
      hasOrgHead(lowerWords) ||
      isAcronym ||
      place ||
      isStateName(lowerWords) ||
      byContext ||
      definiteName
    ) {
      const org = this.organization(name, description, lastWord);
      return mention(byContext || definiteName || isAcronym || isStateName(lowerWords) ? sure(org) : org, 'explicit');
    }
    if (single) {
      const isNamed = (e: Entity) => e.kind === 'person' && !e.anonymous && e.nameWords.includes(lastWord);
      const any = this.latest(isNamed) ?? this.byNameWord.get(lastWord);
      if (any) {
        any.mentions++;
        any.aliases.add(name);
        this.remember(any);
        return mention(any, 'surname');
      }
    }
    if (mode === 'mention' && nameToks.length === 1 && !role) return null;
    // "Lydia Buchtmann for Food Standards Australia": the person is the name before the preposition.
    const cut = nameToks.findIndex((t, i) => i >= 2 && /^(for|at|from|of)$/.test(t.lower));
    const personName = cut > 0 ? this.text.slice(nameToks[0]!.start, nameToks[cut - 1]!.end) : name;
    const e = this.upsert(nodeKey('person', personName), 'person', personName, personName, false);
    if (role && !e.role) e.role = role;
    if (role || cut > 0) sure(e);
    e.gender ??= genderOf(`${role ?? ''} ${this.text.slice(bare[0]!.start, bare[bare.length - 1]!.end)}`);
    return mention(e, 'explicit');
  }

  /** A named organisation, keyed without its legal form so "Acme" and "Acme Inc." meet. */
  private organization(name: string, surface: string, head: string): Entity {
    const label = name.replace(/^the\s+/i, '');
    const e = this.upsert(nodeKey('organization', orgKeyName(label)), 'organization', label, surface, false);
    e.head = head;
    this.orgByLabel.set(label.toLowerCase(), e);
    return e;
  }

  /** "Priya Nandakumar of Ashgrove Capital": the person, affiliated with the organisation after the preposition. */
  private personOfOrganization(bare: Token[], mention: (e: Entity, r: Resolution) => Mention): Mention | null {
    const split = splitPersonOfOrganization(bare);
    if (!split) return null;
    const { person, org } = split;
    const orgLabel = this.text.slice(org[0]!.start, org[org.length - 1]!.end);
    const orgEntity = this.organization(orgLabel, orgLabel, org[org.length - 1]!.lower);
    const personName = this.text.slice(person[0]!.start, person[person.length - 1]!.end);
    const e = sure(this.upsert(nodeKey('person', personName), 'person', personName, personName, false));
    sure(orgEntity);
    e.affiliation ??= orgEntity.key;
    return mention(e, 'explicit');
  }
}

/** Where a name stands in its sentence, for the context that types it. */
interface NameContext {
  tokens: readonly Token[];
  from: number;
  to: number;
}

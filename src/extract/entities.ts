import { nodeKey } from '../model';
import type { Gazetteer, OutletEntry } from './gazetteer';
import type { Token } from './nlp';
import type { NounPhrase } from './noun-phrase';
import { isCapitalised } from './noun-phrase';
import type { SourceSpanKind } from './types';
import {
  DETERMINERS,
  DOC_HEADS,
  HUMAN_HEADS,
  ORG_HEADS,
  OUTLET_HEADS,
  NAME_CONNECTORS,
  PLACE_HEADS,
  PLACE_WORDS,
  TITLES,
} from './words';

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
  /** Head noun, for anaphora ("the documents" → the memos). */
  head: string;
  mentions: number;
  /** From titles and roles ("spokeswoman", "Mr") or from a pronoun that resolved to the person. */
  gender?: 'f' | 'm';
}

const FEMALE =
  /\b(spokeswoman|woman|mother|wife|daughter|sister|chairwoman|congresswoman|businesswoman|actress|queen|princess|mrs\.?|ms\.?|miss|madam|dame|lady|girl|grandmother|aunt)\b/i;
const MALE =
  /\b(spokesman|man|father|husband|son|brother|chairman|congressman|businessman|actor|king|prince|mr\.?|sir|lord|boy|grandfather|uncle)\b/i;

function genderOf(words: string): 'f' | 'm' | undefined {
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

const POST_MODIFIED = new Set([
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
]);
const GENERIC_DOCS = new Set(['document', 'documents', 'papers', 'records', 'files', 'materials']);
const PLURAL_PRONOUNS = new Set(['they', 'we']);

/** Resolves noun phrases to entities within one article, remembering what it has seen. */
export class EntityResolver {
  readonly entities = new Map<string, Entity>();
  readonly seenOutlets = new Set<string>();
  private recent: Entity[] = [];
  private readonly nameMemo = new Map<string, { entity: Entity; resolution: Resolution }>();
  /** Named persons by each word of their name, first comer first: "Kelly" → Anna Kelly. */
  private readonly byNameWord = new Map<string, Entity>();
  /** The publishing outlet's key: "the article" in its own text means another outlet's article. */
  publisherKey = '';

  constructor(
    private readonly text: string,
    private readonly gazetteer: Gazetteer,
    private readonly articleId: string,
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

  private upsert(key: string, kind: SourceSpanKind, label: string, surface: string, anonymous: boolean): Entity {
    let e = this.entities.get(key);
    if (!e) {
      const words = label.toLowerCase().split(/\s+/).filter(Boolean);
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

  /** Most mentioned named person so far: the article's protagonist, used for unsigned letters. */
  salientPerson(exclude?: Entity): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities.values())
      if (e.kind === 'person' && !e.anonymous && e !== exclude && (!best || e.mentions > best.mentions)) best = e;
    return best;
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
    const toks = tokens.slice(np.from, np.to + 1);
    const first = toks[0]!;
    const last = toks[toks.length - 1]!;
    const start = first.start;
    const end = last.end;
    const text = this.text.slice(start, end);
    const mention = (entity: Entity, resolution: Resolution): Mention => ({ entity, start, end, text, resolution });

    if (toks.length === 1 && first.pos === 'PRON') {
      if (mode === 'mention') return null;
      const e = this.resolvePronoun(first.lower);
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

    const isDet = (t: Token) => t.pos === 'DET' || DETERMINERS.has(t.lower) || t.pos === 'SCONJ';
    const bare = toks.filter((t, i) => !(i === 0 && isDet(t)));
    if (bare.length === 0) return null;
    // "sources with knowledge of the situation": the head is the human noun the phrase starts with.
    const postHead = toks.findIndex(
      (t, k) => k < toks.length - 1 && HUMAN_HEADS.has(t.lower) && POST_MODIFIED.has(toks[k + 1]!.lower),
    );
    const headTok = postHead >= 0 ? toks[postHead]! : last;
    const head = headTok.lower;
    const common = DOC_HEADS.has(head) || HUMAN_HEADS.has(head);
    const headIsName = postHead < 0 && isCapitalised(last) && !(common && (bare.length === 1 || last.pos === 'NOUN'));
    const description = this.text.slice(bare[0]!.start, end);

    if (headIsName) return this.resolveName(bare, description, mention, mode);
    if (mode === 'mention') return null;

    // A common-noun head: anaphora first ("the documents", "the officials"), then a new descriptive source.
    const definite =
      first.lower === 'the' || first.lower === 'these' || first.lower === 'those' || first.lower === 'this';
    const plural = /s$/.test(head) && !/ss$/.test(head);
    if (DOC_HEADS.has(head)) {
      if (definite && (head === 'article' || head === 'story' || head === 'piece')) {
        const outlet = this.latest((e) => e.kind === 'outlet' && e.key !== this.publisherKey);
        if (outlet) return mention(outlet, 'anaphor');
      }
      if (definite && bare.length === 1) {
        const prev = this.latest(
          (e) => e.kind === 'document' && (e.head === head || (GENERIC_DOCS.has(head) && e.plural === plural)),
        );
        if (prev) return mention(prev, 'anaphor');
      }
      const owner = citer && citer.kind === 'outlet' && bare.length <= 3 ? `${citer.label} ` : '';
      const e = this.upsert(nodeKey('document', owner + description), 'document', description, text, false);
      e.plural = plural;
      e.head = head;
      return mention(e, 'explicit');
    }
    if (HUMAN_HEADS.has(head) || TITLES.has(head)) {
      // "the officials", or a bare "Sources" after "sources with knowledge of …": the same group, same citer.
      const barePlural = bare.length === 1 && first === bare[0] && plural;
      if ((definite || barePlural) && bare.length === 1) {
        const prev = this.latest(
          (e) => e.anonymous && e.head === head && (!citer || e.key.includes(citer.key.split(':')[1]!)),
        );
        if (prev) return mention(prev, 'anaphor');
      }
      const owner = citer ? citer.label : this.articleId;
      const kind = head === 'police' || head === 'authorities' ? 'organization' : 'person';
      const e = this.upsert(nodeKey(kind, `${owner} ${description}`), kind, description, text, true);
      e.role = description;
      e.head = head;
      e.plural = plural || head === 'people' || head === 'police';
      return mention(e, 'explicit');
    }
    if (ORG_HEADS.has(head)) {
      const e = this.upsert(nodeKey('organization', description), 'organization', description, text, false);
      e.head = head;
      return mention(e, 'explicit');
    }
    if (head === 'them' || head === 'those' || head === 'us') {
      const owner = citer ? citer.label : this.articleId;
      const e = this.upsert(nodeKey('person', `${owner} ${description}`), 'person', description, text, true);
      e.role = description;
      e.plural = true;
      return mention(e, 'explicit');
    }
    // Anything else that speaks ("Estimates suggest", "The results show") is treated as a document.
    const e = this.upsert(
      nodeKey('document', (citer ? `${citer.label} ` : '') + description),
      'document',
      description,
      text,
      false,
    );
    e.head = head;
    e.plural = plural;
    return mention(e, 'explicit');
  }

  private resolvePronoun(p: string): Entity | undefined {
    if (p === 'he' || p === 'she') {
      const want = p === 'she' ? 'f' : 'm';
      const e = this.latest((x) => x.kind === 'person' && !x.plural && x.gender !== (want === 'f' ? 'm' : 'f'));
      // The pronoun tells the gender of a person we did not know it for; later pronouns then choose better.
      if (e && !e.anonymous) e.gender ??= want;
      return e;
    }
    if (p === 'i') return this.latest((e) => e.kind === 'person' && !e.plural);
    if (PLURAL_PRONOUNS.has(p)) return this.latest((e) => e.plural || e.kind === 'organization' || e.kind === 'outlet');
    if (p === 'it') return this.latest((e) => e.kind !== 'person');
    return this.latest((e) => e.kind === 'person');
  }

  private resolveName(
    bare: Token[],
    description: string,
    mention: (e: Entity, r: Resolution) => Mention,
    mode: 'source' | 'mention',
  ): Mention | null {
    // Multi-word names always resolve the same way: remember them (this is the hot path on long texts).
    const memoKey = `${mode}\u0000${description}`;
    const memo = this.nameMemo.get(memoKey);
    if (memo) {
      memo.entity.mentions++;
      this.remember(memo.entity);
      return mention(memo.entity, memo.resolution);
    }
    const found = this.resolveNameUncached(bare, description, mention, mode);
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
  ): Mention | null {
    // Split "Venezuelan dictator Nicolas Maduro" into a role ("Venezuelan dictator") and a name.
    let lastTitle = -1;
    // "the US Justice Department", "Ministry of Mines": organisations keep their whole name, titles included.
    const orgName =
      ORG_HEADS.has(bare[bare.length - 1]!.lower) ||
      bare.some((t, i) => ORG_HEADS.has(t.lower) && isCapitalised(t) && /^(of|for)$/.test(bare[i + 1]?.lower ?? ''));
    for (let i = 0; i < bare.length - 1 && !orgName; i++) if (TITLES.has(bare[i]!.lower)) lastTitle = i;
    // "The BBC's Jane Doe": the owner before the possessive is not part of the name.
    const poss = bare.findIndex((t, i) => i < bare.length - 1 && (t.lower === "'s" || t.lower === "'"));
    if (poss > lastTitle && isCapitalised(bare[poss + 1]) && !ORG_HEADS.has(bare[bare.length - 1]!.lower))
      lastTitle = poss;
    // "Ambassador to the United States Hamdullah Mohib": a title's complement runs up to the final name.
    if (lastTitle >= 0 && NAME_CONNECTORS.has(bare[lastTitle + 1]?.lower ?? '') && bare.length - lastTitle > 4) {
      lastTitle = bare.length - 3;
    }
    const nameToks = bare.slice(lastTitle + 1).filter((t) => t.lower !== "'s");
    const roleToks = bare.slice(0, lastTitle + 1);
    const name = this.text.slice(nameToks[0]!.start, nameToks[nameToks.length - 1]!.end).replace(/\s*-\s*/g, '-');
    const lastWord = nameToks[nameToks.length - 1]!.lower;
    const role = roleToks.length ? this.text.slice(roleToks[0]!.start, roleToks[roleToks.length - 1]!.end) : undefined;

    const outletHit = this.gazetteer.lookup(name, this.seenOutlets);
    if (outletHit)
      return mention(this.outletEntity(outletHit.entry, description), outletHit.short ? 'alias' : 'gazetteer');
    if (OUTLET_HEADS.has(lastWord) || /\.(com|org|net|co\.uk)$/i.test(name)) {
      return mention(
        this.upsert(nodeKey('outlet', name), 'outlet', name.replace(/^the\s+/i, ''), description, false),
        'explicit',
      );
    }
    const isAcronym =
      nameToks.length === 1 && /^[A-Z][A-Z.&]{1,7}$/.test(nameToks[0]!.text) && !PLACE_WORDS.has(lastWord);
    const placeName = nameToks.map((t) => t.lower).join('-');
    const place = PLACE_WORDS.has(placeName) || PLACE_HEADS.has(lastWord);
    if (mode === 'mention' && place) return null;
    if (orgName || ORG_HEADS.has(lastWord) || isAcronym || PLACE_WORDS.has(placeName) || PLACE_HEADS.has(lastWord)) {
      const e = this.upsert(
        nodeKey('organization', name),
        'organization',
        name.replace(/^the\s+/i, ''),
        description,
        false,
      );
      e.head = lastWord;
      return mention(e, 'explicit');
    }
    if (nameToks.length === 1) {
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
    e.gender ??= genderOf(`${role ?? ''} ${this.text.slice(bare[0]!.start, bare[bare.length - 1]!.end)}`);
    return mention(e, 'explicit');
  }
}

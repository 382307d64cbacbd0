import { hashText, nodeKey } from '../model';
import { attributionConfidence } from './confidence';
import type { ContentSpan } from './content';
import { attributionType, extendQuotes, findContent } from './content';
import { findCues } from './cues';
import type { Entity, Mention } from './entities';
import { EntityResolver } from './entities';
import { factEntity } from './entity';
import { gazetteerFor } from './gazetteer';
import { getLexicon } from './lexicon';
import type { Block, Sentence } from './nlp';
import { analyseText, splitBlocks } from './nlp';
import { sentenceRelations } from './relations';
import type { CueSource } from './rules';
import { findSource } from './rules';
import type { ArticleFacts, ArticleInput, Attribution, EntityMention, ExtractOptions, ViaSpan } from './types';
import { isTitleCase, scanNames } from './names';
import { keepMentions, settleEntities } from './settle-entities';
import { anaphorMentions } from './anaphor-mentions';
import { clipContent, continuation, sharedDisputes, viaSpan } from './sentence-followups';
import {
  Discourse,
  namesOtherOutlet,
  opensQuotation,
  quotedReportOpener,
  touches,
  unattributedRuns,
} from './discourse';
import { FactSink, normaliseClaim } from './fact-sink';

export { normaliseClaim };
export { DEFAULT_OUTLETS } from './gazetteer';
import { callsReportFalse, deniesReferent, documentAdjunct, referringStance } from './reference-phrases';
import { disputeReferred, echoedClaims, ownerEntity, quotedOutlet } from './stance-targets';
import { foldTrailingAccording, pairCitings } from './citing-phrases';
import { tagSequence } from './attribution-tagger';
import { defaultTagger } from './default-tagger';
import type { ModelAttribution } from './model-attributions';
import { DEFAULT_MODEL_OPTIONS, inText, mergeModelAttributions } from './model-attributions';
import { blockSequence } from './tagger-sequence';
import { readModelAttribution } from './model-stage';
import { findPublisher } from './publisher';
import { citedFollowUp } from './cited-followup';

const LETTER = /\p{L}/u;
const FIRST_PERSON = new Set(['i', 'we', "i'm", 'me', 'us']);
const OPENING_QUOTE = /^["\u201c\u00ab]$/;

/** Sources whose claims a later "these reports" or "the findings" can refer to: not people, whose words are quoted. */
const reportsClaims = (e: Entity): boolean => e.kind === 'outlet' || e.kind === 'document' || e.kind === 'organization';

export interface ExtractedArticle {
  facts: ArticleFacts;
  attributions: Attribution[];
  /** Every entity mention found, in text order, one per span (for scoring typing and coreference). */
  mentions: EntityMention[];
}

/** Runs the rules over an article: attributions plus the facts its graph is built from. Linear in text length. */
export function extractFacts(input: ArticleInput, options: ExtractOptions = {}): ExtractedArticle {
  const text = input.text;
  const id = input.id ?? hashText(text);
  const articleKey = nodeKey('article', id);
  const gazetteer = gazetteerFor(options);
  const resolver = new EntityResolver(text, gazetteer, id);
  for (const name of options.seenOutlets ?? []) resolver.seenOutlets.add(name);
  const publisher = findPublisher(input, resolver);
  if (publisher) resolver.publisherKey = publisher.key;
  const sink = new FactSink(text, articleKey);
  const { relations, claims, attributions } = sink;
  const cited = new Set<string>();
  const blocks = splitBlocks(text);
  const discourse = new Discourse(text, blocks);
  const { voice, sentenceVoice } = discourse;
  const obtainedBy = new Map<string, Entity>();
  let lastReporter: Entity | undefined;
  const lex = getLexicon();
  const foundMentions = new Map<string, Mention>();

  const addClaim = (content: string): string => sink.addClaim(content);
  const addCites = (chain: Entity[], target: Entity, s: Sentence, cue: string, confidence: number) => {
    let from = articleKey;
    for (const hop of [...chain, target]) {
      if (hop.key === from) continue;
      relations.push({ kind: 'cites', source: from, target: hop.key, start: s.start, end: s.end, cue, confidence });
      cited.add(hop.key);
      from = hop.key;
    }
  };

  // No letter, no word: nothing to attribute (and wink need not tokenise a megabyte of quote marks).
  const sentences = LETTER.test(text) ? analyseText(text, blocks) : [];
  // The attributions of the previous sentence when its quote came before the cue: '"…," he said. "…"'.
  let speaker: { block: number; list: Attribution[] } | undefined;
  // The attributions of the previous sentence, for "The paper cited three election workers." after it.
  let previous: { block: number; list: Attribution[] } | undefined;
  const tagger = options.attributionModel === false ? undefined : (options.tagger ?? defaultTagger());
  const modelOptions = { ...DEFAULT_MODEL_OPTIONS, ...(options.attributionModel || {}) };
  const fromModel = new Set<Attribution>();
  // The model reads a paragraph at a time, after the rules: their spans are among its features.
  let paragraph: Sentence[] = [];
  let paragraphFirst = 0;
  for (const s of sentences) {
    const block = blocks[s.block]!;
    if (paragraph.length > 0 && paragraph[0]!.block !== s.block) endParagraph();
    if (paragraph.length === 0) paragraphFirst = attributions.length;
    paragraph.push(s);
    {
      // Title-case lines (headlines, "The post … appeared first on") name things; they attribute nothing.
      const titleCase = isTitleCase(s.tokens);
      const mentions = scanNames(s.tokens, resolver, voice.get(block.index) ?? publisher, titleCase);
      const anaphors = titleCase
        ? []
        : anaphorMentions(s.tokens, resolver.latest.bind(resolver), resolver.recentMatching.bind(resolver));
      const before = attributions.length;
      const createdBefore = resolver.created.length;
      const relationsBefore = relations.length;
      let covered = -1;
      const sources: CueSource[] = [];
      for (const cue of findCues(s.tokens, lex)) {
        if (titleCase && cue.form !== 'credit') continue;
        if (cue.from <= covered) continue;
        const cs = findSource(s.tokens, cue, lex.verbs);
        if (!cs) continue;
        covered = Math.max(covered, cs.clauseTo);
        sources.push(cs);
      }
      // "Reuters reported, citing two officials, that …": the officials say what Reuters reports, through it.
      foldTrailingAccording(s.tokens, sources);
      const citings = pairCitings(s.tokens, sources);
      const found: { cs: CueSource; content: ContentSpan; through?: CueSource }[] = [];
      for (const cs of sources) {
        const content = citings.has(cs) ? null : findContent(s, cs, text, blocks);
        if (content) found.push({ cs, content });
      }
      for (const [cs, through] of citings) {
        const content = found.find((f) => f.cs === through)?.content;
        if (content) found.push({ cs, content, through });
      }
      const speakers = new Map<CueSource, { entity: Entity; content: ContentSpan }>();
      for (const { cs, content, through } of found) {
        // Clip first, then complete quotations: both stay linear however long the sentence. A cited source
        // says what the clause citing it says, clipped as that clause's.
        const clipped = (through && speakers.get(through)?.content) || clipContent(text, s, cs, content, found);
        const complete = clipped.nextBlock ? clipped : extendQuotes(clipped, text, block);
        const made = attribute(s, cs, complete, block, through && speakers.get(through)?.entity);
        if (made[0]) speakers.set(cs, { entity: made[0].entity, content: complete });
        mentions.push(...made);
      }
      // "The paper cited three election workers.": they say what the paper said just before, through it.
      const followUp =
        attributions.length === before && previous?.block === s.block ? citedFollowUp(s.tokens, lex.verbs) : null;
      const citer = followUp ? resolver.resolve(s.tokens, followUp.citer, publisher)?.entity : undefined;
      for (const a of citer ? previous!.list.filter((x) => x.source?.key === citer.key && x.stance === 'asserts') : [])
        mentions.push(...attribute(s, followUp!.cs, { ...a.content, nextBlock: false }, block, citer));
      relations.push(...sentenceRelations(s, mentions, resolver, articleKey));
      // Pronouns and "the company" first: a source phrase of the same span resolved it better.
      keepMentions(foundMentions, [...anaphors, ...mentions]);
      const mine = attributions.slice(before);
      discourse.noteIntroduced(mine, resolver.created, createdBefore, (k) => resolver.entities.get(k));
      relations.push(...sharedDisputes(s, mine, relations.slice(relationsBefore)));
      if (mine.length === 0 && speaker?.block === s.block && OPENING_QUOTE.test(s.tokens[0]!.text)) {
        for (const a of speaker.list) attributions.push(continuation(text, a, s));
      }
      const quotedBefore = mine.filter((a) => a.content.end <= a.cue.start && a.type !== 'indirect');
      speaker = quotedBefore.length ? { block: s.block, list: quotedBefore } : undefined;
      previous = { block: s.block, list: mine };
    }
  }

  if (paragraph.length > 0) endParagraph();

  /** After a paragraph: the tagger's additions, the quoted block's own claims, and whether the block goes on. */
  function endParagraph(): void {
    if (tagger) modelStage();
    const b = paragraph[0]!.block;
    const mine = attributions.slice(paragraphFirst);
    const frame = discourse.continuedFrame(b);
    if (frame) for (const run of unattributedRuns(paragraph, mine)) sink.frameClaim(frame, run, b, discourse);
    // The first quoted paragraph holds attributions of its own: the speaker claims only the sentences no one
    // else is said to say ("…, two directors arguing that …" is the directors', not the Journal's).
    const opened = mine.length > 0 ? discourse.openedBefore(b) : undefined;
    if (opened) {
      sink.unclaim(opened.opener);
      for (const run of unattributedRuns(paragraph, mine)) sink.frameClaim(opened, run, b, discourse);
    }
    // "From the report:" closing a paragraph opens a quoted block of the outlet last named.
    const last = paragraph[paragraph.length - 1]!;
    const named = touches(last, mine) ? null : quotedReportOpener(text, last, (owner) => quotedOutlet(resolver, owner));
    if (named) discourse.openFrame(named.outlet, named.opener, b, false);
    discourse.continueFrame(b, (body, speaker) =>
      namesOtherOutlet(body, speaker, resolver.entities.values(), gazetteer, resolver.seenOutlets),
    );
    paragraph = [];
  }

  /** The learned tagger over the paragraph just read: what it adds to the rules, or the boundaries it corrects. */
  function modelStage(): void {
    const rules = attributions.slice(paragraphFirst);
    const seq = blockSequence(paragraph, rules);
    const tagged = tagSequence(tagger!, lex, seq).map((t) => inText(seq.tokens, t));
    const merge = mergeModelAttributions(options.rules === false ? [] : rules, tagged, modelOptions);
    for (const r of merge.reshaped) {
      if (r.source && r.rule.source)
        r.rule.source = { ...r.rule.source, ...r.source, text: text.slice(r.source.start, r.source.end) };
      if (r.content) r.rule.content = { ...r.content, text: text.slice(r.content.start, r.content.end) };
    }
    for (const m of merge.added) addModelAttribution(m, paragraph);
  }

  /** A model attribution into the facts: its source resolved like the rules' ones, the same edges. */
  function addModelAttribution(m: ModelAttribution, sentences: readonly Sentence[]): void {
    const citerOf = (s: Sentence) => voice.get(s.block) ?? sentenceVoice.get(s.block) ?? publisher;
    const fact = readModelAttribution(m, sentences, text, resolver, lex, citerOf);
    if (!fact) return;
    const { attribution: a, entity, sentence: s } = fact;
    const citer = citerOf(s);
    attributions.push(a);
    fromModel.add(a);
    addCites(citer && citer !== publisher ? [citer] : [], entity, s, a.cue.text, a.confidence);
    const claimKey = addClaim(a.content.text);
    const ev = { start: s.start, end: s.end, cue: a.cue.text, confidence: a.confidence };
    relations.push({ kind: a.stance, source: entity.key, target: claimKey, ...ev });
    relations.push({ kind: 'reports', source: articleKey, target: claimKey, ...ev });
  }

  function attribute(
    s: Sentence,
    cs: CueSource,
    content: { start: number; end: number; nextBlock: boolean },
    block: Block,
    through?: Entity,
  ): Mention[] {
    const toks = s.tokens;
    const inVoice = voice.get(block.index) ?? sentenceVoice.get(block.index);
    const recipient = cs.recipient ? resolver.resolve(toks, cs.recipient, inVoice ?? publisher) : null;
    const via = cs.via ? resolver.resolve(toks, cs.via, inVoice ?? publisher) : null;
    const citer =
      (via?.entity.kind === 'outlet' ? via.entity : undefined) ??
      (recipient?.entity.kind === 'outlet' ? recipient.entity : undefined) ??
      (through?.kind === 'outlet' ? through : undefined) ??
      inVoice ??
      publisher;
    // "In the letter, Maduro asked …": the letter named before is where it was said, known through whoever
    // described it.
    const inDocument = documentAdjunct(toks, cs.clauseFrom, resolver.latest.bind(resolver));
    const chain = [
      inVoice,
      recipient?.entity.kind === 'outlet' ? recipient.entity : undefined,
      via?.entity,
      through,
      inDocument && discourse.knownVia.get(inDocument.key),
      inDocument,
    ]
      // A document known through another comes after whoever obtained that one ("documents obtained by X").
      .flatMap((e) => (e && e !== via?.entity && obtainedBy.has(e.key) ? [obtainedBy.get(e.key), e] : [e]))
      .filter((e, i, all): e is Entity => !!e && all.indexOf(e) === i);
    const cueText = text.slice(toks[cs.cue.from]!.start, toks[cs.cue.to]!.end);
    const contentText = text.slice(content.start, content.end);
    const type = attributionType(contentText);
    const stance = cs.cue.entry.stance;
    const made: Mention[] = [];
    let disputing = stance === 'disputes';
    for (const np of cs.sources) {
      // "We urge …", "I learned …" inside a quote: the speaker is the quote's, not a new source (beliefs excepted).
      const firstPerson = np.from === np.to && FIRST_PERSON.has(toks[np.from]!.lower);
      if (firstPerson && cs.cue.entry.class !== 'belief') continue;
      // The role first: "His lawyer, Ana Pedreira" — "his" is someone named before, not the apposition.
      const bare = resolver.resolve(toks, np, citer);
      const named = cs.named && cs.sources.length === 1 ? resolver.resolve(toks, cs.named, citer) : null;
      // A role with its name in apposition: the span stays the role, the entity is the named person.
      const m = named && bare ? { ...bare, entity: named.entity, resolution: named.resolution } : bare;
      if (!m) continue;
      if (named && bare && !named.entity.role) named.entity.role = bare.entity.label;
      made.push(m);
      const distance = np.to < cs.cue.from ? cs.cue.from - np.to - 1 : np.from - cs.cue.to - 1;
      const confidence = attributionConfidence({
        strength: cs.cue.entry.strength,
        pattern: cs.pattern,
        resolution: m.resolution,
        type,
        distance,
        nextBlock: content.nextBlock,
        anonymous: m.entity.anonymous,
        kind: m.entity.kind,
      });
      const viaSpans: ViaSpan[] = via && cs.via ? [viaSpan(text, toks, cs.via, cs.viaCue, via)] : [];
      const attribution: Attribution = {
        source: {
          ...span(m),
          kind: m.entity.kind,
          key: m.entity.key,
          ...(m.entity.anonymous ? { anonymous: true } : {}),
        },
        cue: { text: cueText, start: toks[cs.cue.from]!.start, end: toks[cs.cue.to]!.end },
        content: { text: contentText, start: content.start, end: content.end },
        type,
        stance,
        confidence,
        ...(viaSpans.length ? { via: viaSpans } : {}),
      };
      attributions.push(attribution);
      const obtainer = via ? undefined : obtainedBy.get(m.entity.key);
      const hops = [...chain, ...(obtainer && !chain.includes(obtainer) ? [obtainer] : [])].filter(
        (e) => e !== m.entity,
      );
      addCites(hops, m.entity, s, cueText, confidence);
      // An unnamed source or a document cited through an outlet is that outlet's when it comes back ("one of the
      // sources said", after "Reuters reported, citing two sources").
      const lastOutlet = hops.filter((e) => e.kind === 'outlet').at(-1);
      if (lastOutlet && (m.entity.anonymous || m.entity.kind === 'document') && !obtainedBy.has(m.entity.key))
        obtainedBy.set(m.entity.key, lastOutlet);
      if (via)
        relations.push({
          kind: 'cites',
          source: articleKey,
          target: via.entity.key,
          start: s.start,
          end: s.end,
          cue: viaSpans[0]!.cue,
          confidence,
        });
      const ev = { start: s.start, end: s.end, cue: cueText, confidence };
      // "these claims were played down by …", "rejected the Courier's account", "said the report was false".
      const anaphor = (stance === 'disputes' ? referringStance : stance === 'asserts' ? callsReportFalse : null)?.(
        text,
        attribution.content,
        attribution.cue,
        toks[cs.clauseTo]!.end,
      );
      if (anaphor) {
        // A dispute's content is its stance; "said the report was false" keeps what was said.
        if (stance === 'disputes') attribution.content = anaphor.span;
        attribution.stance = 'disputes';
        disputing = true;
        const owner = anaphor.owner ? ownerEntity(anaphor.owner, resolver.latest.bind(resolver)) : undefined;
        const referent = owner ?? lastReporter;
        // The claims (and the outlets' reporting) referred back to; a named person's own claims.
        if (referent && referent !== m.entity)
          disputeReferred(sink, discourse, m.entity, referent, block.index, anaphor.plural, ev);
      } else {
        const claimKey = addClaim(contentText);
        const kind = stance === 'asserts' ? 'asserts' : stance;
        relations.push({ kind, source: m.entity.key, target: claimKey, ...ev });
        relations.push({ kind: 'reports', source: articleKey, target: claimKey, ...ev });
        const outlets = [...hops, m.entity].filter((e) => e.kind === 'outlet').map((e) => e.key);
        const own = inVoice ? undefined : (outlets[0] ?? (reportsClaims(m.entity) ? m.entity.key : undefined));
        discourse.logClaim(block.index, outlets, own, stance === 'asserts' ? claimKey : undefined);
        if (stance === 'asserts' && lastReporter && lastReporter !== m.entity && deniesReferent(text, attribution))
          disputeReferred(sink, discourse, m.entity, lastReporter, block.index, true, ev);
        for (const target of stance === 'supports' ? [] : echoedClaims(sink, contentText, claimKey, m.entity, stance))
          relations.push({ kind: 'disputes', source: m.entity.key, target, ...ev });
      }
      if (content.nextBlock) discourse.openFrame(m.entity, attribution, block.index);
      // "The Telegraph reported on Sunday that engineers had found a problem:" — and quotes the problem next.
      else if (opensQuotation(text, s, block, content)) discourse.openFrame(m.entity, attribution, block.index, false);
    }
    if (recipient?.entity.kind === 'outlet') sentenceVoice.set(block.index, recipient.entity);
    if (via) for (const m of made) obtainedBy.set(m.entity.key, via.entity);
    const reporter =
      made.map((m) => m.entity).find((e) => e.kind === 'outlet') ??
      chain.find((e) => e.kind === 'outlet') ??
      made.map((m) => m.entity).find(reportsClaims);
    if (reporter && !disputing) lastReporter = reporter;
    if (recipient) made.push(recipient);
    if (via) made.push(via);
    return made;
  }

  function span(m: Mention) {
    return { text: m.text, start: m.start, end: m.end };
  }

  // Typing and acronyms settle the entities before the article's mentions of them are listed.
  const mentions = settleEntities(
    text,
    foundMentions,
    resolver.places,
    resolver.entities,
    relations,
    attributions,
    options.typer,
  );
  // A cited entity that moved is cited under its new key.
  for (const a of attributions) if (a.source) cited.add(a.source.key);
  for (const r of relations) if (r.kind === 'cites') cited.add(r.target);
  for (const e of resolver.entities.values()) {
    if (!cited.has(e.key) && e !== publisher) relations.push({ kind: 'mentions', source: articleKey, target: e.key });
  }
  const facts: ArticleFacts = {
    articleKey,
    input: { ...input, id },
    ...(publisher ? { publisher: publisher.key } : {}),
    entities: [...resolver.entities.values()].map(factEntity),
    claims: [...claims].map(([key, t]) => ({ key, text: t })),
    relations,
  };
  const kept = options.rules === false ? attributions.filter((a) => fromModel.has(a)) : attributions;
  return { facts, attributions: kept, mentions };
}

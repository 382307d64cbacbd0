import type { Entity } from './entities';
import type { Gazetteer } from './gazetteer';
import { gazetteerNames, normaliseName } from './gazetteer';
import { quotedReportPhrase, standsOnReport } from './reference-phrases';
import type { Block } from './nlp';
import type { Attribution } from './types';

/**
 * The article's discourse beyond one sentence: whose voice each paragraph speaks in (quoted blocks opened by
 * "The Journal reported:"), which claims a later "these claims" refers back to, and through whom a document
 * became known. One instance per article, fed in text order.
 */

/** A paragraph opening so is the article's own voice again: it ends a quoted block. */
const VOICE_RETURNS =
  /^(?:meanwhile|however|separately|elsewhere|in other news|in a separate\b|at the same time|on the other hand)\b/i;
/** Credit lines end the article, and any quoted block with it. */
const CREDIT_LINE =
  /\b(?:appeared (?:first|originally) (?:on|in|at)|originally (?:appeared|published) (?:on|in|at|by)|first published (?:on|in|by))\b|^(?:published by|this (?:article|story|post|report) (?:was|is|first|originally))\b/i;
/** A line with no sentence end is a headline or subhead, not quoted prose. */
const SENTENCE_END = /[.!?"\u201d\u2019)]$/;
/**
 * Block quotes in news run one to a few paragraphs; past this many without a closing signal it is more likely
 * the frame was missed than that the quotation goes on.
 */
const MAX_FRAME_BLOCKS = 8;

/** "The Journal reported:" and the paragraphs quoted after it. */
export interface QuotedFrame {
  speaker: Entity;
  /** The attribution of the opening sentence, whose content is the first quoted paragraph. */
  opener: Attribution;
  openerBlock: number;
  /** The last paragraph the frame covers so far. */
  lastBlock: number;
  /** False when the opener only names the quoted text ("From the report:"): the first paragraph is a claim too. */
  openerHasContent: boolean;
}

/** The claims a paragraph attributed through outlets, and the outlets the article itself cited there. */
interface ParagraphReports {
  block: number;
  /** Every outlet on the chains of the paragraph's attributions. */
  outlets: Set<string>;
  /** Outlets (documents, organisations) cited in the article's own voice ("Both the Herald and the Journal reported"). */
  reporters: Set<string>;
  claims: string[];
}

export class Discourse {
  /** The outlet or document a whole paragraph speaks in, by block index. */
  readonly voice = new Map<number, Entity>();
  /** Later sentences of a paragraph stay in the voice of an outlet told something ("Sources told the Herald …"). */
  readonly sentenceVoice = new Map<number, Entity>();
  /** A document first described inside what a document or outlet said is known through that source. */
  readonly knownVia = new Map<string, Entity>();
  private frame: QuotedFrame | undefined;
  private readonly reports: ParagraphReports[] = [];

  constructor(
    private readonly text: string,
    private readonly blocks: readonly Block[],
  ) {}

  /** The voice a sentence of this paragraph speaks in, if not the article's. */
  voiceOf(block: number): Entity | undefined {
    return this.voice.get(block) ?? this.sentenceVoice.get(block);
  }

  /** An attribution whose content is the next paragraph: an outlet or a document opens a quoted block. */
  openFrame(speaker: Entity, opener: Attribution, block: number, openerHasContent = true): void {
    if (speaker.kind !== 'outlet' && speaker.kind !== 'document') return;
    this.frame = { speaker, opener, openerBlock: block, lastBlock: block + 1, openerHasContent };
    this.voice.set(block + 1, speaker);
  }

  /** The frame whose opener's content is this paragraph ("The Journal reported:" just before it). */
  openedBefore(block: number): QuotedFrame | undefined {
    const f = this.frame;
    return f && f.openerHasContent && block === f.openerBlock + 1 ? f : undefined;
  }

  /** The frame a paragraph continues (past the first quoted paragraph when that is the opener's own content). */
  continuedFrame(block: number): QuotedFrame | undefined {
    const f = this.frame;
    const first = f && f.openerBlock + (f.openerHasContent ? 2 : 1);
    return f && block >= first! && block <= f.lastBlock ? f : undefined;
  }

  /**
   * After a quoted paragraph: the frame goes on into the next paragraph unless that one ends it — the
   * article's voice returning ("Meanwhile,"), a new frame (it ends in a colon), a credit line or headline,
   * another outlet named (`namesOtherOutlet`), or the length limit.
   */
  continueFrame(block: number, namesOtherOutlet: (text: string, speaker: Entity) => boolean): void {
    const f = this.frame;
    if (!f || f.lastBlock !== block) return;
    const next = this.blocks[block + 1];
    if (!next || block + 1 - f.openerBlock > MAX_FRAME_BLOCKS) return this.closeFrame();
    const body = this.text.slice(next.start, next.end);
    const ends =
      VOICE_RETURNS.test(body) ||
      body.endsWith(':') ||
      CREDIT_LINE.test(body) ||
      // A paragraph taking a stance toward the report speaks about the quoted text from outside it.
      standsOnReport(body) ||
      !SENTENCE_END.test(body) ||
      namesOtherOutlet(body, f.speaker);
    if (ends) return this.closeFrame();
    f.lastBlock = block + 1;
    this.voice.set(block + 1, f.speaker);
  }

  /**
   * Documents a sentence introduces (`created` from `from` on) inside what a document or an outlet says are
   * known through that source.
   */
  noteIntroduced(
    mine: readonly Attribution[],
    created: readonly Entity[],
    from: number,
    entity: (key: string) => Entity | undefined,
  ): void {
    for (const a of mine) {
      const source = a.source && entity(a.source.key);
      if (!source || (source.kind !== 'document' && source.kind !== 'outlet')) continue;
      for (let i = from; i < created.length; i++) {
        const e = created[i]!;
        if (e.kind === 'document' && e !== source && !this.knownVia.has(e.key)) this.knownVia.set(e.key, source);
      }
    }
  }

  private closeFrame(): void {
    this.frame = undefined;
  }

  /**
   * Notes a claim of a paragraph, the outlets on its chain, and the source the article itself cited for it
   * when that is an outlet, a document or an organisation.
   */
  logClaim(block: number, outlets: readonly string[], articleVoiceReporter: string | undefined, claim?: string): void {
    let p = this.reports[this.reports.length - 1];
    if (!p || p.block !== block)
      this.reports.push((p = { block, outlets: new Set(), reporters: new Set(), claims: [] }));
    for (const o of outlets) p.outlets.add(o);
    if (articleVoiceReporter) {
      p.outlets.add(articleVoiceReporter);
      p.reporters.add(articleVoiceReporter);
    }
    if (claim) p.claims.push(claim);
  }

  /**
   * What "these claims" (or "the report") refers to, said of `reporter`: the claims made through outlets from
   * the article's earliest citing of that outlet, within the run of consecutive paragraphs that report through
   * outlets, up to now; and the outlets the article cited over that stretch. "Both the Herald and the Journal
   * reported …" followed by each paper's quoted block and "these claims were played down" reaches both papers'
   * claims, and not those of an unrelated story reported earlier. A plural reference also takes in the
   * paragraphs just before in which the article itself cites an outlet ("Reuters reported … . AP quoted …").
   */
  referredClaims(reporter: Entity, block: number, plural: boolean): { claims: string[]; reporters: string[] } {
    let at = this.reports.length - 1;
    let expect = block;
    // The run: consecutive paragraphs (the current one may have none of its own yet).
    let from = -1;
    for (; at >= 0; at--) {
      const p = this.reports[at]!;
      if (p.block !== expect && p.block !== expect - 1) break;
      expect = p.block;
      if (p.reporters.has(reporter.key)) from = at;
    }
    if (from < 0) {
      // Never cited by the article itself in the run: the run's paragraphs that report through it.
      from = this.reports.length;
      for (let i = this.reports.length - 1; i > at; i--) if (this.reports[i]!.outlets.has(reporter.key)) from = i;
    }
    // "these reports" after two outlets' reports in turn: the paragraphs just before, while the article itself
    // cites an outlet in each.
    while (plural && from > at + 1 && this.reports[from - 1]!.reporters.size > 0) from--;
    const claims = new Set<string>();
    const reporters = new Set<string>([reporter.key]);
    for (const p of this.reports.slice(from)) {
      for (const c of p.claims) claims.add(c);
      for (const r of p.reporters) reporters.add(r);
    }
    return { claims: [...claims], reporters: [...reporters] };
  }
}

/**
 * Whether an attribution whose content is in its own sentence also opens a quoted block: the sentence ends its
 * paragraph with a colon, right after the content ("X reported that engineers had found a problem:").
 */
export function opensQuotation(
  text: string,
  s: { end: number },
  block: { end: number },
  content: { end: number },
): boolean {
  const tail = text.slice(content.end, block.end).trim();
  return text.slice(s.end, block.end).trim() === '' && (tail === ':' || (tail === '' && text[content.end - 1] === ':'));
}

/** Whether any attribution's source, cue or content overlaps a span. */
export function touches(s: { start: number; end: number }, attributions: readonly Attribution[]): boolean {
  return attributions.some((a) =>
    [a.source, a.cue, a.content].some((x) => x !== null && x.start < s.end && x.end > s.start),
  );
}

/**
 * The stretches of a paragraph that no attribution touches (source, cue or content), as spans of whole
 * consecutive sentences.
 */
export function unattributedRuns(
  sentences: readonly { start: number; end: number }[],
  attributions: readonly Attribution[],
): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let open: { start: number; end: number } | undefined;
  for (const s of sentences) {
    if (touches(s, attributions)) open = undefined;
    else if (open) open.end = s.end;
    else runs.push((open = { start: s.start, end: s.end }));
  }
  return runs;
}

/** The attribution of a quoted paragraph to its frame's speaker: the opener's source and cue, a little less sure. */
export function frameAttribution(text: string, frame: QuotedFrame, span: { start: number; end: number }): Attribution {
  const confidence = Math.round(frame.opener.confidence * 0.9 * 1000) / 1000;
  return {
    ...frame.opener,
    content: { text: text.slice(span.start, span.end), ...span },
    type: 'indirect',
    confidence,
  };
}

/** Whether a paragraph names an outlet other than the speaker of its quoted block: one met already or in the gazetteer. */
export function namesOtherOutlet(
  body: string,
  speaker: Entity,
  entities: Iterable<Entity>,
  gazetteer: Gazetteer,
  seen: ReadonlySet<string>,
): boolean {
  for (const e of entities) {
    if (e.kind !== 'outlet' || e === speaker) continue;
    for (const name of [e.label, ...e.aliases]) if (name.length > 2 && body.includes(name)) return true;
  }
  const own = new Set([speaker.label, ...speaker.aliases].map(normaliseName));
  return gazetteerNames(body, gazetteer, seen).some((n) => !own.has(normaliseName(n)));
}

/**
 * "From the report:" as the opener of a quoted block of the outlet last named (or of the one it names, "From
 * the Courier's story:"): an attribution whose source is
 * the phrase naming the report and whose cue is its first word. Null for any other sentence.
 */
export function quotedReportOpener(
  text: string,
  s: { start: number; end: number },
  outletNamed: (owner?: string) => Entity | undefined,
): { outlet: Entity; opener: Attribution } | null {
  const body = text.slice(s.start, s.end);
  // The outlet is looked for only once the sentence reads as such an opener: this runs after every paragraph.
  const phrase = quotedReportPhrase(body);
  const outlet = phrase ? outletNamed(phrase.owner) : undefined;
  if (!outlet) return null;
  const cueEnd = s.start + body.indexOf(' ');
  const source = { text: body.slice(cueEnd - s.start + 1, -1), start: cueEnd + 1, end: s.end - 1 };
  const opener: Attribution = {
    source: { ...source, kind: outlet.kind, key: outlet.key },
    cue: { text: body.slice(0, cueEnd - s.start), start: s.start, end: cueEnd },
    content: { text: '', start: s.end, end: s.end },
    type: 'indirect',
    stance: 'asserts',
    confidence: 0.8,
  };
  return { outlet, opener };
}

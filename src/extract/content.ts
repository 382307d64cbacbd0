import type { Block, Sentence, Token } from './nlp';
import { isQuote } from './noun-phrase';
import type { CueSource } from './rules';
import type { AttributionType } from './types';
import { trimEndOver } from './linear-trim';
import { REPORT_NOUNS, TEMPORAL_OPENER_PATTERN as TEMPORAL } from './words';

export interface ContentSpan {
  start: number;
  end: number;
  /** True when the content is the next paragraph, introduced by a colon ("The Journal reported:"). */
  nextBlock: boolean;
}

const isWord = (t: Token): boolean => t.pos !== 'PUNCT' && t.pos !== 'SYM';

/** Words in toks[from..to], counted up to 4: the rules only ask "none, one, two, three or more". */
function countWords(toks: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to && n < 4; i++) if (isWord(toks[i]!)) n++;
  return n;
}
const LEAD_SKIP = new Set([',', ':', 'that', '—', '-', '–']);
const LEAD_SKIP_STANCE = new Set([',', ':', '—', '-', '–']);
const TRAIL_SKIP = new Set([',', '.', ';', ':', '—', '–', '-', '!', '?']);
const QUOTE_SEARCH = 3000;
const SUBORDINATORS = new Set([
  'as',
  'while',
  'because',
  'although',
  'though',
  'after',
  'before',
  'when',
  'since',
  'amid',
]);

/** The attributed content of a cue: after the clause, else before it, else the next paragraph after a colon. */
export function findContent(s: Sentence, cs: CueSource, text: string, blocks: readonly Block[]): ContentSpan | null {
  const toks = s.tokens;
  if (cs.pattern === 'credit') return creditContent(s, cs, text, blocks);
  if (cs.object) return { start: toks[cs.object.from]!.start, end: toks[cs.object.to]!.end, nextBlock: false };
  let to = cs.clauseTo;
  // "told the Herald, which first reported the plan, that …": a relative clause on the source or recipient
  // between commas is not what was said.
  if (toks[to + 1]?.text === ',' && RELATIVE.test(toks[to + 2]?.lower ?? '')) {
    const close = toks.findIndex((t, k) => k > to + 2 && k < to + 20 && t.text === ',');
    if (close > 0 && toks[close + 1]?.lower === 'that') to = close;
  }
  // Skip short adjuncts between clause and content: "reported on Friday that", "told LA Weekly in a statement that",
  // and a reduced relative after an "according to" source: "according to a report released Monday by the UN, …".
  const opener = toks[to + 1];
  const adjunct =
    !!opener &&
    (opener.pos === 'ADP' ||
      TEMPORAL.test(opener.lower) ||
      (cs.pattern === 'according' && /(ed|en)$/.test(opener.lower)));
  for (let k = to + 1; adjunct && k < Math.min(toks.length, to + 9); k++) {
    const t = toks[k]!;
    if (t.lower === 'that' || t.text === ',' || t.text === ':' || isQuote(t)) {
      if (k > to + 1) to = k - 1;
      break;
    }
    if ((t.pos === 'VERB' && k > to + 1) || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ') break;
  }
  // "… tweeted using his @POTUS account:" and the quotation on the next line.
  if (toks[toks.length - 1]?.text === ':' && s.lastInBlock && blocks[s.block + 1] && cs.clauseTo < toks.length - 1) {
    const next = blocks[s.block + 1]!;
    const rest = toks.slice(cs.clauseTo + 1, -1);
    if (rest.every((t) => t.pos !== 'VERB' || /ing$/.test(t.lower)))
      return { start: next.start, end: next.end, nextBlock: true };
  }
  let a = to + 1;
  const skip = cs.cue.entry.class === 'stance' && toks[to + 2]?.pos === 'NOUN' ? LEAD_SKIP_STANCE : LEAD_SKIP;
  while (a < toks.length && skip.has(toks[a]!.lower)) a++;
  let b = appositiveStanceAt(toks, a) - 1;
  while (b >= a && TRAIL_SKIP.has(toks[b]!.text)) b--;
  const after = countWords(toks, a, b);

  let e = cs.clauseFrom - 1;
  while (e >= 0 && (TRAIL_SKIP.has(toks[e]!.text) || (toks[e]!.lower === 'as' && e === cs.clauseFrom - 1))) e--;
  const before = countWords(toks, 0, e);

  if (
    cs.pattern === 'according' &&
    before > 0 &&
    after >= 2 &&
    toks[cs.clauseFrom - 1]?.text === ',' &&
    !RELATIVE.test(toks[a]?.lower ?? '')
  ) {
    return { start: toks[0]!.start, end: toks[b]!.end, nextBlock: false };
  }
  // "…, sources told the Herald, as the U.S. prepares …": a subordinate clause after the cue is not the content.
  const thatSkipped = toks.slice(to + 1, a).some((t) => t.lower === 'that');
  const subordinate = SUBORDINATORS.has(toks[a]?.lower ?? '') && before >= 3 && !thatSkipped;
  // "…, Powell said in a statement.": an adjunct alone after the cue is not the content.
  const onlyAdjunct =
    before >= 2 &&
    toks[a]?.pos === 'ADP' &&
    // "in a report published on Wednesday": a participle inside the adjunct does not make it a clause.
    toks.slice(a, b + 1).every((t) => (t.pos !== 'VERB' || /ed$/.test(t.lower)) && t.pos !== 'AUX');
  // "…," Starmer told parliament, adding that …": what follows is another cue's content.
  const gerundAfter =
    before >= 1 && toks[to + 1]?.text === ',' && /ing$/.test(toks[to + 2]?.lower ?? '') && toks[to + 2]?.pos === 'VERB';
  // "The stake would be 70 per cent, one of the sources said, and the deal …": the conjunct goes on in the
  // article's voice; what the source said came first.
  const conjunctAfter = before >= 3 && toks[to + 1]?.text === ',' && toks[to + 2]?.pos === 'CCONJ';
  // "…, according to the Herald, which obtained the plan.": a relative clause on the source, not the content.
  const relativeAfter = before >= 2 && RELATIVE.test(toks[a]?.lower ?? '');
  const preferBefore =
    conjunctAfter ||
    relativeAfter ||
    ((cs.pattern === 'passive' || cs.pattern === 'inverted') && before >= 2) ||
    subordinate ||
    onlyAdjunct ||
    gerundAfter;
  // Stance verbs take an object: "Powell disputed [that account]".
  const minAfter = cs.cue.entry.class === 'stance' ? 1 : 2;
  if (after >= minAfter && !preferBefore && !(before >= 3 && after <= 2))
    return { start: toks[a]!.start, end: toks[b]!.end, nextBlock: false };
  const quotedBefore = before >= 1 && isQuote(toks[0]);
  if (before >= 2 || quotedBefore) {
    // A wire dateline is not part of what was said: "WASHINGTON (Reuters) - The Fed held rates …".
    let f = 0;
    const close = toks.findIndex((t, i) => i < 12 && t.text === ')');
    if (close > 0 && toks[close - 2]?.text === '(' && /^[-\u2013\u2014]$/.test(toks[close + 1]?.text ?? ''))
      f = close + 2;
    if (f > e) f = 0;
    return { start: toks[f]!.start, end: toks[e]!.end, nextBlock: false };
  }
  const colon = toks[cs.clauseTo + 1]?.text === ':' || toks[toks.length - 1]?.text === ':';
  if (colon && s.lastInBlock) {
    const next = blocks[s.block + 1];
    if (next) return { start: next.start, end: next.end, nextBlock: true };
  }
  return null;
}

/**
 * "…, a claim the mayor denies.", "…, an allegation the company rejected": where an appositive naming what
 * was just said as a claim, and someone's stance on it, starts — no part of the content (the stance is its
 * own attribution). The sentence's length when there is none.
 */
function appositiveStanceAt(toks: readonly Token[], from: number): number {
  for (let k = from; k < toks.length - 3; k++) {
    if (toks[k]!.text !== ',' || !/^an?$/.test(toks[k + 1]!.lower) || !REPORT_NOUNS.has(toks[k + 2]!.lower)) continue;
    if (toks.slice(k + 3).some((t) => STANCE_VERB.test(t.lower))) return k;
  }
  return toks.length;
}
const RELATIVE = /^(?:which|who|whose)$/;
const STANCE_VERB = /^(?:den(?:y|ies|ied)|disput(?:e|es|ed)|reject(?:s|ed)?|contest(?:s|ed)?|dismiss(?:es|ed)?)$/;

/** "<caption> Image: Nick Moreau.": the captioned text before the credit, or the paragraph before it. */
function creditContent(s: Sentence, cs: CueSource, text: string, blocks: readonly Block[]): ContentSpan | null {
  const block = blocks[s.block]!;
  const cueStart = s.tokens[cs.cue.from]!.start;
  let start = block.start;
  let end = cueStart;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) {
    const prev = blocks[s.block - 1];
    if (!prev) return null;
    start = prev.start;
    end = prev.end;
  }
  return { start, end, nextBlock: false };
}

const OPEN = new Set(['"', '\u201c', '\u00ab', '\u201e']);
const CLOSE = new Set(['"', '\u201d', '\u00bb']);

/** A quotation opened (or closed) inside the content but not ended there extends to its other mark. */
export function extendQuotes(span: ContentSpan, text: string, block: Block): ContentSpan {
  let straight = 0;
  let open = 0;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    if (c === '"') straight++;
    else if (OPEN.has(c)) open++;
    else if (CLOSE.has(c)) open--;
  }
  const opensUnclosed = open > 0 || (straight % 2 === 1 && text[span.start] === '"');
  const closesUnopened = open < 0 || (straight % 2 === 1 && text[span.end - 1] === '"' && text[span.start] !== '"');
  if (opensUnclosed) {
    // A quotation may run over paragraphs; a paragraph that opens with a quote mark starts a new one.
    const limit = Math.min(text.length, span.end + QUOTE_SEARCH);
    for (let i = span.end; i < limit; i++) {
      const c = text[i]!;
      if (CLOSE.has(c)) return { ...span, end: i + 1 };
      if (c === '\n' && i >= block.end) {
        let k = i + 1;
        while (k < limit && /\s/.test(text[k]!)) k++;
        if (OPEN.has(text[k] ?? '')) break;
      }
    }
  } else if (closesUnopened) {
    const limit = Math.max(block.start, span.start - QUOTE_SEARCH);
    for (let i = span.start - 1; i >= limit; i--) if (OPEN.has(text[i]!)) return { ...span, start: i };
  }
  return span;
}

const CLOSING_PUNCTUATION = /[\s.,;:!?]/;

/** direct: the content is one quotation; mixed: it holds a quoted part; indirect: no quotation marks. */
export function attributionType(content: string): AttributionType {
  const marks = content.match(/["\u201c\u201d\u00ab\u00bb]/g)?.length ?? 0;
  if (marks === 0) return 'indirect';
  const trimmed = content.slice(0, trimEndOver(content, content.length, CLOSING_PUNCTUATION));
  return marks <= 2 && /^["\u201c\u00ab]/.test(trimmed) && /["\u201d\u00bb]$/.test(trimmed) ? 'direct' : 'mixed';
}

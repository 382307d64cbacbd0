import type { Entity } from './entities';
import type { Token } from './nlp';
import type { Span } from './types';
import { DOC_HEADS } from './words';

/**
 * Phrases that name something by reference rather than by name: "these claims" as the target of a stance,
 * "in the letter" as where a source said something.
 */

/**
 * The nouns an article uses for what was reported ("these claims", "the reports", "the allegations") and the
 * words that point back at it: one list for the target of a stance, a denial inside a quotation and the end of
 * a quoted block.
 */
const REPORT_NOUNS =
  '(?:claims?|reports?|reporting|allegations?|accusations?|charges|findings|conclusions|assertions|figures|accounts?|stor(?:y|ies)|article)';
const POINTING = '(?:these|those|the|such|this|that|its|their|all|any)';

/** What a stance can point back at: "these claims", "the reports", "it". */
const REFERRING_TARGET = new RegExp(
  `^(?:however,?\\s+)?(${POINTING}\\s+${REPORT_NOUNS}\\b|(?:it|them|this|that)\\b)`,
  'i',
);
/** A passage pointing at what was reported: "dismissed the reporting", "denies the allegations". */
const REFERS_TO_REPORT = new RegExp(`\\b${POINTING}\\s+${REPORT_NOUNS}\\b`, 'i');
/** "… said her client \u201ccategorically denies\u201d the allegations": a denial right before the reference. */
const DENIAL_INSIDE = new RegExp(
  `\\b(?:denies|denied|deny|denying|rejects|rejected|rejecting|disputes|disputed)\\b["'\u201d\u2019]?\\s+${POINTING}\\s+${REPORT_NOUNS}\\b`,
  'i',
);
const STANCE_WORD = /\b(?:dismiss|deni|deny|reject|disput|rebut|refut|played down|pushed back)/i;

/** Whether a passage takes a stance toward what was reported ("A White House official dismissed the reporting"). */
export function standsOnReport(text: string): boolean {
  return STANCE_WORD.test(text) && REFERS_TO_REPORT.test(text);
}

/**
 * The span of a stance toward something referred back to ("these claims were later played down by the White
 * House", "rejected these reports"): from the referring phrase or the cue, whichever comes first, to the end of
 * the referring phrase or of the attributing clause, and whether the phrase is plural. Null when the content
 * does not open with such a phrase.
 */
export function referringStance(
  text: string,
  content: Span,
  cue: Span,
  clauseEnd: number,
): { span: Span; plural: boolean } | null {
  const lead = content.text.length - content.text.trimStart().length;
  const m = REFERRING_TARGET.exec(content.text.slice(lead));
  if (!m) return null;
  const targetStart = content.start + lead + m[0].length - m[1]!.length;
  const targetEnd = content.start + lead + m[0].length;
  const start = Math.min(targetStart, cue.start);
  const end = Math.max(targetEnd, clauseEnd);
  const plural = /^(?:these|those|them)\b|(?:s|ies)$/i.test(m[1]!);
  return { span: { text: text.slice(start, end), start, end }, plural };
}

const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their']);

/**
 * "In the letter, Maduro asked …": a document named before, given as where the source said it — the most
 * recent document of that head word. Undefined when there is none (a new "in a statement" names no node).
 */
export function documentAdjunct(
  toks: readonly Token[],
  clauseFrom: number,
  latest: (pred: (e: Entity) => boolean) => Entity | undefined,
): Entity | undefined {
  for (let i = 0; i + 2 < clauseFrom; i++) {
    if (toks[i]!.lower !== 'in' || !DETERMINERS.has(toks[i + 1]!.lower)) continue;
    const head = toks[i + 2]!.lower;
    if (!DOC_HEADS.has(head) || (toks[i + 3]?.text !== ',' && i + 3 !== clauseFrom)) continue;
    return latest((e) => e.kind === 'document' && e.head === head);
  }
  return undefined;
}

export function deniesReferent(content: string): boolean {
  return DENIAL_INSIDE.test(content);
}

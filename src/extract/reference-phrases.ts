import type { Entity } from './entities';
import type { Token } from './nlp';
import type { Attribution, Span } from './types';
import {
  BLAME_NOUN_ALTERNATIVES,
  DISAGREES_WITH,
  DOC_HEADS,
  FALSEHOOD_ALTERNATIVES,
  MISREPRESENTS_ALTERNATIVES,
  POINTING_ALTERNATIVES,
  REPORT_MODIFIER_ALTERNATIVES,
  REPORT_NOUN_ALTERNATIVES,
  REPORT_NOUNS,
} from './words';

/**
 * Phrases that name something by reference rather than by name: "these claims" as the target of a stance,
 * "in the letter" as where a source said something.
 */

const NAME_WORD = `\\p{Lu}[\\p{L}\\p{N}.&-]*`;
/** A name or possessor between the pointing word and the noun: "the Courier's account", "the Times story". */
const OWNER = `(?:${NAME_WORD}\\s+){0,3}${NAME_WORD}(?:['\u2019]s?)?|\\p{Ll}[\\p{L}-]*['\u2019]s`;
/** A possessor standing for the pointing word: "Reuters' report", "the Ledger's" without its "the". */
const POSSESSOR = `(?:${NAME_WORD}\\s+){0,3}${NAME_WORD}['\u2019]s?`;
/**
 * The one pattern for a report named by reference, shared by the target of a stance, a denial inside a
 * quotation and the end of a quoted block: "these claims", "the Courier's earlier account", "Reuters' report".
 * The group `owner` (or `possessor`) holds whose report it is, when the phrase says.
 */
const TARGET =
  `(?:(?:${POINTING_ALTERNATIVES})\\s+(?:(?<owner>${OWNER})\\s+)?|(?<possessor>${POSSESSOR})\\s+)` +
  `(?:(?:${REPORT_MODIFIER_ALTERNATIVES})\\s+)?(?:${REPORT_NOUN_ALTERNATIVES})\\b`;
const PRONOUN_TARGET = '(?:it|them|this|that)\\b';
/** A whole phrase naming one's report: "the Telegraph's report", "the Courier story", "Reuters' latest article". */
const OWNED_REPORT = new RegExp(
  `^(?:(?:[Tt]he\\s+)?(?<owner>${OWNER})|(?<possessor>${POSSESSOR}))\\s+(?:(?:${REPORT_MODIFIER_ALTERNATIVES})\\s+)?(?:${REPORT_NOUN_ALTERNATIVES})$`,
  'u',
);
/** A report named with its publisher after it: "a report by The Guardian", "the latest story in the Ledger". */
const REPORT_BY = new RegExp(
  `^(?:(?:[Aa]n?|[Tt]he|[Ii]ts)\\s+)?(?:(?:${REPORT_MODIFIER_ALTERNATIVES})\\s+)?(?:${REPORT_NOUN_ALTERNATIVES})` +
    `\\s+(?:by|in|from)\\s+(?:[Tt]he\\s+)?(?<publisher>(?:${NAME_WORD}\\s+){0,4}${NAME_WORD})$`,
  'u',
);
/** What opens the content of a stance toward a report: "these claims", "on the Ledger's reporting", "it", "any wrongdoing". */
const REFERRING_TARGET = new RegExp(
  `^(?:[Hh]owever,?\\s+)?(?:(?:on|against|at)\\s+)?(${TARGET}|${PRONOUN_TARGET}|(?:any\\s+)?(?:${BLAME_NOUN_ALTERNATIVES})\\b)`,
  'u',
);
/** A passage pointing at what was reported: "dismissed the reporting", "denies the allegations". */
const REFERS_TO_REPORT = new RegExp(`\\b${TARGET}`, 'u');
/** "… said her client \u201ccategorically denies\u201d the allegations": a denial right before the reference. */
const DENIAL_INSIDE = new RegExp(
  `\\b(?:[Dd]enies|[Dd]enied|[Dd]eny|[Dd]enying|[Rr]ejects|[Rr]ejected|[Rr]ejecting|[Dd]isputes|[Dd]isputed)\\b["'\u201d\u2019]?\\s+${TARGET}`,
  'u',
);
/** 'it "strongly disagrees" with the report', "took issue with the findings": a quotation may close inside. */
const DISAGREEMENT_INSIDE = new RegExp(
  `\\b(?:${DISAGREES_WITH.map((p) => p.split(' ').join(`["'\u201d\u2019]?\\s+`)).join('|')})\\s+${TARGET}`,
  'u',
);
/** Any word calling something untrue: the quick test before the whole pattern. */
const SAYS_FALSE = new RegExp(`\\b(?:${FALSEHOOD_ALTERNATIVES}|${MISREPRESENTS_ALTERNATIVES})\\b`);
/** An opening quotation mark, as the word calling a report untrue may be quoted: 'was "inaccurate"'. */
const QUOTE = `["'\u201c\u2018]?`;
/** A report called untrue: "the report was false", "(called) the claims baseless", "it is completely wrong". */
const CALLED_FALSE = new RegExp(
  `^(${TARGET}|${PRONOUN_TARGET})\\s+(?:(?:was|were|is|are|as|has been|have been|had been)\\s+)?${QUOTE}` +
    `(?:(?:\\p{Ll}+ly|a|an|pure|complete|total|utter)\\s+){0,2}${QUOTE}(?:${FALSEHOOD_ALTERNATIVES})\\b`,
  'u',
);
/** A report said to get the facts wrong: "the report mischaracterized its safety record", "it had distorted them". */
const MISREPRESENTED = new RegExp(
  `^(${TARGET}|${PRONOUN_TARGET})\\s+(?:(?:has|have|had)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:${MISREPRESENTS_ALTERNATIVES})\\b`,
  'u',
);
const DENIAL_WORD = /[Dd]en[iy]|[Rr]eject|[Dd]isput|disagree|issue with/;
const STANCE_WORD = /\b(?:dismiss|deni|deny|reject|disput|rebut|refut|played down|pushed back)/i;

/** A sentence that only introduces a quotation from a report: "From the report:", "In the Courier's story:". */
const NAMES_QUOTED_REPORT = new RegExp(`^(?:[Ff]rom|[Ii]n|[Hh]ere is|[Hh]ere's)\\s+${TARGET}[^:]{0,40}:$`, 'u');

/** Whether a sentence only introduces a quotation from a report, and whose report it names if it does. */
export function quotedReportPhrase(sentence: string): { owner?: string } | null {
  // Asked of every paragraph's last sentence: only one ending in a colon can be such an opener.
  const m = sentence.endsWith(':') ? NAMES_QUOTED_REPORT.exec(sentence) : null;
  if (!m) return null;
  const owner = m.groups?.['owner'] ?? m.groups?.['possessor'];
  return owner ? { owner } : {};
}

/**
 * Whose report a phrase names when it names nothing else ("the Telegraph's report" → "Telegraph's", "a report by
 * The Guardian" → "Guardian"), or null.
 */
export function reportOwner(phrase: string): string | null {
  // Every noun phrase of the article comes here: most end in no report noun and have no "by", and need no pattern.
  if (/ (?:by|in|from) /.test(phrase)) return REPORT_BY.exec(phrase)?.groups?.['publisher'] ?? null;
  if (!REPORT_NOUNS.has(phrase.slice(phrase.lastIndexOf(' ') + 1))) return null;
  const m = OWNED_REPORT.exec(phrase);
  return m ? (m.groups?.['owner'] ?? m.groups?.['possessor'] ?? null) : null;
}

/** Whether a passage takes a stance toward what was reported ("A White House official dismissed the reporting"). */
export function standsOnReport(text: string): boolean {
  return STANCE_WORD.test(text) && REFERS_TO_REPORT.test(text);
}

/** A stance toward something referred back to: its span, whether the phrase is plural, and whose report it names. */
export interface ReferringStance {
  span: Span;
  plural: boolean;
  /** "the Courier's account" → "Courier's"; absent when the phrase names no one ("these claims", "it"). */
  owner?: string;
}

/**
 * The span of a stance toward something referred back to ("these claims were later played down by the White
 * House", "rejected these reports", "dismissed the Courier's account"): the referring phrase, and in the passive
 * the clause after it. Null when the content does not open with such a phrase.
 */
export function referringStance(text: string, content: Span, cue: Span, clauseEnd: number): ReferringStance | null {
  return stanceOn(REFERRING_TARGET, text, content, cue, clauseEnd);
}

/**
 * A speech cue whose content calls a report untrue ("the ministry said the report was false", "called the
 * claims baseless"): a stance toward it, spanned as `referringStance` spans one. Null otherwise.
 */
export function callsReportFalse(text: string, content: Span, cue: Span, clauseEnd: number): ReferringStance | null {
  if (!SAYS_FALSE.test(content.text)) return null;
  return (
    stanceOn(CALLED_FALSE, text, content, cue, clauseEnd) ?? stanceOn(MISREPRESENTED, text, content, cue, clauseEnd)
  );
}

function stanceOn(pattern: RegExp, text: string, content: Span, cue: Span, clauseEnd: number): ReferringStance | null {
  const lead = content.text.length - content.text.trimStart().length;
  const m = pattern.exec(content.text.slice(lead));
  if (!m) return null;
  const phrase = m[1]!;
  const targetStart = content.start + lead + m.index + m[0].indexOf(phrase);
  const targetEnd =
    pattern === CALLED_FALSE || pattern === MISREPRESENTED
      ? content.start + lead + m[0].length
      : targetStart + phrase.length;
  // "rejected the airline's account": the phrase itself; "these claims were played down by the White House":
  // the phrase to the end of the clause that attributes it.
  const passive = cue.start > targetStart;
  const start = targetStart;
  const end = passive ? Math.max(targetEnd, clauseEnd) : targetEnd;
  // "these claims", "the reports" — not "this", "its" or "his", whose final s is no plural.
  const words = phrase.trim();
  const plural = /^(?:these|those|them)\b/i.test(words) || (/s$/.test(words) && !/\b(?:this|its|his)$/i.test(words));
  const owner = m.groups?.['owner'] ?? m.groups?.['possessor'];
  return { span: { text: text.slice(start, end), start, end }, plural, ...(owner ? { owner } : {}) };
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

export function deniesReferent(text: string, a: Pick<Attribution, 'source' | 'cue' | 'content'>): boolean {
  // "Calder Fisheries, which denies the figure, said …": the aside between the source and its cue too.
  const aside = a.source && a.source.end < a.cue.start ? text.slice(a.source.end, a.cue.start) : '';
  return [text.slice(a.content.start, a.content.end), aside].some(
    // Asked of every assertion: the pattern only where a denial word is.
    (t) => DENIAL_WORD.test(t) && (DENIAL_INSIDE.test(t) || DISAGREEMENT_INSIDE.test(t)),
  );
}

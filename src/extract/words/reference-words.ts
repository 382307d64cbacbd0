import words from '../../../data/words/reference-words.json';
import { wordAlternatives, wordSet } from './word-set';

/** A word as written lower case or opening a sentence ("These claims"): the patterns are case-sensitive. */
const eitherCase = (list: readonly string[]): string[] =>
  list.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);

/** The nouns an article uses for what was reported: "claims", "the reporting", "account". */
export const REPORT_NOUNS = wordSet(words.reportNouns);
/** The same as alternatives of a pattern. */
export const REPORT_NOUN_ALTERNATIVES = wordAlternatives(words.reportNouns);
/** Alternatives for the words that point back at it: "these", "the", "its". */
export const POINTING_ALTERNATIVES = wordAlternatives(eitherCase(words.pointing));
/** Alternatives for the words between pointer and noun: "the earlier report", "the weekend story". */
export const REPORT_MODIFIER_ALTERNATIVES = wordAlternatives(eitherCase(words.modifiers));
/** Words calling a report untrue: "the report was false", "called the claims baseless". */
export const FALSEHOOD_ALTERNATIVES = wordAlternatives(words.falsehoods);
/** What a denial naming no report denies: "denied any wrongdoing". */
export const BLAME_NOUN_ALTERNATIVES = wordAlternatives(words.blameNouns);
/** Participles saying through whom a document became known: "memos obtained by the Post". */
export const OBTAINED_BY = wordSet(words.obtainedBy);
/** Those, and participles of who worked on it, which "according to figures compiled by the bureau" also names. */
export const OBTAINED_OR_STUDIED_BY = wordSet(words.obtainedBy, words.studiedBy);
/** Verbs of a report getting the facts wrong: "the report mischaracterized its record". */
export const MISREPRESENTS_ALTERNATIVES = wordAlternatives(words.misrepresents);
/** Phrases of disagreement with something ("disagrees with the report"), words split by one space. */
export const DISAGREES_WITH: readonly string[] = words.disagreesWith;

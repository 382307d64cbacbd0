/** A set of the words of one or more lists of data/words/ (lower case, as the schema test checks). */
export const wordSet = (...lists: readonly (readonly string[])[]): ReadonlySet<string> => new Set(lists.flat());

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern that matches exactly one of the words, for the rules that test a word with a RegExp. */
export const wordPattern = (...lists: readonly (readonly string[])[]): RegExp =>
  new RegExp(`^(?:${lists.flat().map(escape).join('|')})$`);

/** The same alternatives, to build a larger pattern from ("\s(?:Monday|…)$"). */
export const wordAlternatives = (words: readonly string[]): string => words.map(escape).join('|');

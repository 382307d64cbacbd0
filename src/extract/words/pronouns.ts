import pronouns from '../../../data/words/pronouns.json';
import { wordSet } from './word-set';

type Person = keyof typeof pronouns.personal;
const people = Object.keys(pronouns.personal) as Person[];
const forms = (p: Person): string[] => Object.values(pronouns.personal[p]);
const relatives = Object.values(pronouns.relative);

/** Pronouns that may be a source: the personal subjects but generic "you", and the relative "who". */
export const SUBJECT_PRONOUNS = wordSet(
  people.filter((p) => p !== 'you').map((p) => pronouns.personal[p].subject),
  [pronouns.relative.who.subject],
);
export const POSSESSIVE_PRONOUNS = wordSet(people.map((p) => pronouns.personal[p].determiner));
export const RELATIVE_PRONOUNS = wordSet(relatives.flatMap((r) => Object.values(r)));

/** Every form of a personal pronoun ("he" → he, him, his, himself). */
export const pronounForms = (p: Person): readonly string[] => [...new Set(forms(p))];
/** The subject form of a personal pronoun. */
export const subjectPronoun = (p: Person): string => pronouns.personal[p].subject;

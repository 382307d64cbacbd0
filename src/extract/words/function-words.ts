import words from '../../../data/words/function-words.json';
import { wordSet } from './word-set';

/** Words that may stand between a subject and its speech verb: "X has also said", "X later told". */
export const SKIPPABLE_BEFORE_CUE = wordSet(words.skippableBeforeCue);
export const BE_FORMS = wordSet(words.beForms);
export const DETERMINERS = wordSet(words.determiners);

/** A third-person or past verb form ("blasts", "slammed"), not a "-ss", "-us" or "-is" noun ("boss", "status"). */
export const FINITE_VERB_FORM = /^\p{Ll}+(?:[^sui]s|ed)$/u;

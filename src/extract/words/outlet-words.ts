import outlets from '../../../data/words/outlet-words.json';
import { wordSet } from './word-set';

/** Last words that make an unknown capitalised name an outlet: "ABC News", "LA Weekly", "Saudi Gazette". */
export const OUTLET_HEADS = wordSet(outlets.heads);
/** First words of outlets' names ("Radio Calvera", "Daily Meridian", "Channel 9"). */
export const OUTLET_LEADS = wordSet(outlets.leads);
/**
 * Common nouns that name what an outlet is, before its name ("the local paper Valdane Voice"), and after "the"
 * refer back to one ("the paper said").
 */
export const OUTLET_NOUNS = wordSet(outlets.nouns);
const COMPOUND_LEADS = wordSet(outlets.compoundLeads);
const COMPOUND_HEADS = wordSet(outlets.nouns, outlets.compoundHeads);

/** Whether words after "the" name an outlet referred back to: "paper", "news agency", "wire service". */
export function isOutletAnaphor(words: readonly string[]): boolean {
  if (words.length === 1) return OUTLET_NOUNS.has(words[0]!);
  return words.length === 2 && COMPOUND_LEADS.has(words[0]!) && COMPOUND_HEADS.has(words[1]!);
}
/** Outlet heads that name no outlet on their own ("Press", "TV", "Today", "News" in a header or a cut name). */
export const GENERIC_OUTLET_WORDS = wordSet(outlets.generic);

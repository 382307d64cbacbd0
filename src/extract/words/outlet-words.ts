import outlets from '../../../data/words/outlet-words.json';
import { wordSet } from './word-set';

/** Last words that make an unknown capitalised name an outlet: "ABC News", "LA Weekly", "Saudi Gazette". */
export const OUTLET_HEADS = wordSet(outlets.heads);
/** First words of outlets' names ("Radio Calvera", "Daily Meridian", "Channel 9"). */
export const OUTLET_LEADS = wordSet(outlets.leads);
/** Common nouns that name what an outlet is, before its name ("the local paper Valdane Voice"). */
export const OUTLET_NOUNS = wordSet(outlets.nouns);
/** Outlet heads that name no outlet on their own ("Press", "TV", "Today", "News" in a header or a cut name). */
export const GENERIC_OUTLET_WORDS = wordSet(outlets.generic);

import org from '../../../data/words/organisation-words.json';
import { wordSet } from './word-set';

/** Legal forms as written, with their dot or without ("Inc.", "Inc", "S.A."). */
const legalForms = org.legalForms.flatMap((f) => [f, `${f}.`]);

/** Last words that make a name an organisation ("Ministry", "Holdings", "Norvane Lithium", "Acme Inc."). */
export const ORG_HEADS = wordSet(org.heads, org.companyWords, org.industries, legalForms);
/** Industry words: a company's last name word ("Norvane Lithium"), but alone just the commodity ("Lithium was …"). */
export const INDUSTRY_WORDS = wordSet(org.industries);
/** Legal forms without their last dot ("inc", "s.a"): part of an organisation's label, not of its key. */
export const LEGAL_FORMS: readonly string[] = org.legalForms;
/** Last words of events' names ("Democratic National Convention", "World Cup"): no organisation, no source. */
export const EVENT_HEADS = wordSet(org.eventHeads);

import places from '../../../data/places.json';
import placeWords from '../../../data/words/place-words.json';
import calendar from '../../../data/words/calendar.json';
import { wordSet } from './word-set';

/** Known places (data/places.json: countries, major cities, US states, regions), lower case with single spaces. */
export const KNOWN_PLACES = wordSet(
  [...places.countries, ...places.cities, ...places.usStates, ...places.regions].map((p) => p.toLowerCase()),
);
/** Countries alone, as written lower case ("united states", "u.s."): a qualifier of national bodies. */
export const COUNTRIES = wordSet(places.countries.map((p) => p.toLowerCase()));
/** Capitalised last words of place names, never persons (days and months too: "Friday said" is a misparse). */
export const PLACE_HEADS = wordSet(placeWords.heads, calendar.weekdays, calendar.months);
/** First words that make a name a place whatever follows: "Puerto Linares", "Fort Worth", "Lake Placid". */
export const PLACE_PREFIXES = wordSet(placeWords.prefixes);
/** First words of a state's formal name: "the Republic of Calvera", "Kingdom of Spain". */
export const STATE_FORMS = wordSet(placeWords.stateForms);

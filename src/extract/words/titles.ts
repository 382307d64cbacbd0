import titles from '../../../data/words/titles.json';
import { wordSet } from './word-set';

const dotted = (words: readonly string[]) => words.map((w) => `${w}.`);

/** Titles and role nouns (data/words/titles.json): they precede or describe a person and are not part of the name. */
export const TITLES = wordSet(
  titles.titles,
  titles.courtesyTitles,
  dotted(titles.courtesyTitles),
  dotted(titles.abbreviatedTitles),
);

/** The abbreviated titles without their dot ("mr", "sen", "gen"): how they read once punctuation is gone. */
export const TITLE_ABBREVIATIONS: readonly string[] = [...titles.courtesyTitles, ...titles.abbreviatedTitles];

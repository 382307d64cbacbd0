import calendar from '../../../data/words/calendar.json';
import { wordPattern, wordSet } from './word-set';

/** Calendar and time words (data/words/calendar.json). */
const { weekdays, months, relativeDays, dayParts, periods, seasons, timeModifiers, timePrepositions } = calendar;
const ambiguous = new Set(calendar.ambiguousMonths);
/** Months that are no everyday word or name: "in May" may be "may", and "Theresa May" a name. */
const plainMonths = months.filter((m) => !ambiguous.has(m));

export const WEEKDAYS = wordSet(weekdays);
export const MONTHS_AND_WEEKDAYS = wordSet(months, weekdays);
/** Weekdays and the months that are no other word: a label holding one is no clean name ("Quill Wednesday"). */
export const PLAIN_DATE_WORDS = wordSet(plainMonths, weekdays);
/** What a time expression ends on ("on Tuesday", "last week", "this morning", "in March"). */
export const TIME_WORDS = wordSet(weekdays, months, relativeDays, periods, dayParts);
/** What a time expression starts with ("on Tuesday", "last week", "earlier this year"). */
export const TIME_LEADS = wordSet(timeModifiers, timePrepositions);
/** A date or part of the day after "on", "in", "since" or "by" ("on Tuesday", "in the morning"). */
export const DATE_WORD_PATTERN = wordPattern(weekdays, plainMonths, dayParts);
// rules.ts has not read "this afternoon" as one ("A study by the Trust this afternoon found"): unchanged for now.
/** A span of time after "last", "this", "next" ("last year", "this morning", "next summer"). */
export const TIME_NOUN_PATTERN = wordPattern(
  periods,
  seasons,
  dayParts.filter((w) => w !== 'afternoon'),
);
// content.ts has read neither "next" nor "early" as one ("said early in the week that"): unchanged for now.
const openers = timeModifiers.filter((w) => w !== 'next' && w !== 'early');
/** A word that opens a time adjunct after a clause ("said yesterday that", "reported Monday that"). */
export const TEMPORAL_OPENER_PATTERN = wordPattern(relativeDays, weekdays, openers);
/** Weekdays as written in a sentence ("Monday"). */
export const CAPITALISED_WEEKDAYS: readonly string[] = weekdays.map((d) => d[0]!.toUpperCase() + d.slice(1));

import type { SourcetraceGraph } from '../../model';
import { reportersOf, type Reporter } from '../reporters-of';

/** A publication time as far as it is known: a whole day, an instant, or nothing. */
export interface PublicationTime {
  precision: 'instant' | 'day';
  /** UTC calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Milliseconds since the epoch (midnight UTC for a day). */
  time: number;
}

export interface TimedReporter extends Reporter {
  /** Null when the article has no date or one that cannot be read: then it is "date unknown", never guessed. */
  when: PublicationTime | null;
  first: boolean;
}

export interface FirstReporters {
  claim: string;
  /** Dated reporters earliest first, then undated ones in key order. */
  reporters: TimedReporter[];
  /** Article keys marked first (several when they tie at the precision known). */
  first: string[];
  undated: string[];
  /** True only when one reporter is first and every reporter is dated. */
  certain: boolean;
  /** Plain-language caveat for display, '' when certain. */
  note: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads an ISO 8601 date or date-time; a date without a time stays a day, never a guessed midnight. */
export function parsePublicationTime(value: string | undefined): PublicationTime | null {
  if (value === undefined || value.trim() === '') return null;
  const text = value.trim();
  const day = DAY.exec(text);
  const time = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : Date.parse(text);
  if (Number.isNaN(time)) return null;
  const isoDay = new Date(time).toISOString().slice(0, 10);
  if (day && isoDay !== text) return null; // e.g. 2026-02-30
  return { precision: day ? 'day' : 'instant', day: isoDay, time };
}

/** True when neither time can be shown to come before the other at the precision both are known to. */
function tied(a: PublicationTime, b: PublicationTime): boolean {
  return a.precision === 'instant' && b.precision === 'instant' ? a.time === b.time : a.day === b.day;
}

/** Orders a claim's reporters by publication time and marks the first; missing dates are said, not guessed. */
export function firstReporters(graph: SourcetraceGraph, claimKey: string): FirstReporters {
  const timed = reportersOf(graph, claimKey).articles.map((r): TimedReporter => ({
    ...r,
    when: parsePublicationTime(r.publishedAt),
    first: false,
  }));
  const dated = timed.filter((r) => r.when !== null);
  const undated = timed.filter((r) => r.when === null).map((r) => r.article);
  // Day, then instants before day-only dates of that day, then time: a total order for sorting.
  dated.sort((a, b) => compareTimes(a.when as PublicationTime, b.when as PublicationTime) || cmp(a.article, b.article));
  const earliest = dated[0]?.when ?? null;
  for (const r of dated) r.first = earliest !== null && tied(r.when as PublicationTime, earliest);
  const first = dated.filter((r) => r.first).map((r) => r.article);
  const reporters = [...dated, ...timed.filter((r) => r.when === null)];
  const certain = first.length === 1 && undated.length === 0;
  return {
    claim: claimKey,
    reporters,
    first,
    undated,
    certain,
    note: noteFor(first.length, undated.length, timed.length),
  };
}

function compareTimes(a: PublicationTime, b: PublicationTime): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.precision !== b.precision) return a.precision === 'instant' ? -1 : 1;
  return a.time - b.time;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function noteFor(firstCount: number, undatedCount: number, total: number): string {
  if (total === 0) return 'No article reports this claim.';
  if (firstCount === 0) return 'No reporter has a publication date: who reported first is unknown.';
  const notes: string[] = [];
  if (firstCount > 1) notes.push(`${firstCount} reporters tie for first at the precision their dates give.`);
  if (undatedCount > 0) {
    const s = undatedCount === 1 ? 'reporter has' : 'reporters have';
    notes.push(`${undatedCount} ${s} no publication date (date unknown) and may have been first.`);
  }
  return notes.join(' ');
}

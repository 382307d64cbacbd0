import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRecords, OUTPUT_FILE, toJsonl } from './annotate';
import { EVAL_TYPES, type EvalRecord, type SpanTuple } from './annotation';

const raw = readFileSync(OUTPUT_FILE, 'utf8');
const records = raw
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as EvalRecord);
const all = records.flatMap((r) => r.attributions.map((a) => ({ r, a })));
const read = (relative: string): string => readFileSync(new URL(relative, import.meta.url), 'utf8');

const isSpan = (s: unknown, length: number): s is SpanTuple =>
  Array.isArray(s) &&
  s.length === 2 &&
  s.every(Number.isInteger) &&
  (s[0] as number) >= 0 &&
  (s[0] as number) < (s[1] as number) &&
  (s[1] as number) <= length;
const overlaps = (a: SpanTuple, b: SpanTuple): boolean => a[0] < b[1] && b[0] < a[1];

/** Runs of `n` consecutive words, to detect a reused sentence. */
function shingles(text: string, n: number): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' ')));
}

describe('data/eval/ours.jsonl', () => {
  it('is what annotate.ts builds from data/eval/src (not stale)', () => {
    expect(raw).toBe(toJsonl(buildRecords()));
  });

  it('holds at least 24 articles with unique ids and varied genres', () => {
    expect(records.length).toBeGreaterThanOrEqual(24);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.meta.genre)).size).toBeGreaterThanOrEqual(12);
    for (const r of records) expect(r.attributions.length, r.id).toBeGreaterThanOrEqual(5);
  });

  it('has spans within bounds that slice the text exactly', () => {
    for (const { r, a } of all) {
      const where = `${r.id}: ${a.cue}`;
      expect(isSpan(a.cueSpan, r.text.length), where).toBe(true);
      expect(isSpan(a.contentSpan, r.text.length), where).toBe(true);
      expect(r.text.slice(...a.cueSpan), where).toBe(a.cue);
      expect(r.text.slice(...a.contentSpan), where).toBe(a.content);
      if (a.sourceSpan === null) expect(a.source, where).toBeNull();
      else {
        expect(isSpan(a.sourceSpan, r.text.length), where).toBe(true);
        expect(r.text.slice(...a.sourceSpan), where).toBe(a.source);
      }
    }
  });

  it('keeps source, cue and content of one attribution apart', () => {
    for (const { r, a } of all) {
      expect(overlaps(a.cueSpan, a.contentSpan), `${r.id}: ${a.cue}`).toBe(false);
      if (a.sourceSpan) expect(overlaps(a.sourceSpan, a.contentSpan) || overlaps(a.sourceSpan, a.cueSpan)).toBe(false);
    }
  });

  it('types quotes consistently: direct is a whole quotation, mixed contains one', () => {
    for (const { r, a } of all) {
      const where = `${r.id}: ${a.content}`;
      expect(EVAL_TYPES, where).toContain(a.type);
      if (a.type === 'direct') expect(a.content, where).toMatch(/^["“].*["”]$/s);
      if (a.type === 'mixed') expect(a.content, where).toMatch(/["“‘]/);
    }
  });

  it('covers every type, sourceless attributions and beliefs or findings', () => {
    for (const type of EVAL_TYPES) expect(all.some(({ a }) => a.type === type)).toBe(true);
    expect(all.some(({ a }) => a.sourceSpan === null)).toBe(true);
    for (const cue of ['believe', 'found', 'according to', 'show'])
      expect(all.some(({ a }) => a.cue === cue)).toBe(true);
  });

  it('shares no sentence with the seed article, the sample corpus or the GUM data', () => {
    const others = [
      read('../../../shared/corpus/seed-article.txt'),
      read('../sample/corpus.jsonl'),
      read('../../../shared/eval/gum-news.jsonl'),
    ];
    const seen = new Set(others.flatMap((t) => [...shingles(t, 8)]));
    const reused = records.flatMap((r) =>
      [...shingles(r.text, 8)].filter((s) => seen.has(s)).map((s) => `${r.id}: ${s}`),
    );
    expect(reused).toEqual([]);
  });
});

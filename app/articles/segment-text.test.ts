import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../workers/ingest-types';
import { segmentText } from './segment-text';

const h = (start: number, end: number, role: Highlight['role'] = 'claim'): Highlight => ({
  start,
  end,
  role,
  target: null,
});

describe('segmentText', () => {
  it('cuts text into plain and marked runs that join back to the text', () => {
    const text = 'Officials said the port closed.';
    const segs = segmentText(text, [h(0, 9, 'source'), h(10, 14, 'cue'), h(15, 30)]);
    expect(segs.map((s) => [s.text, s.highlight?.role ?? null])).toEqual([
      ['Officials', 'source'],
      [' ', null],
      ['said', 'cue'],
      [' ', null],
      ['the port closed', 'claim'],
      ['.', null],
    ]);
  });

  it('lets the narrowest of overlapping highlights mark a run, and clips out-of-range spans', () => {
    const segs = segmentText('abcdefgh', [h(0, 8, 'claim'), h(2, 4, 'source'), h(6, 99, 'cue')]);
    expect(segs.map((s) => [s.text, s.highlight?.role])).toEqual([
      ['ab', 'claim'],
      ['cd', 'source'],
      ['ef', 'claim'],
      ['gh', 'cue'],
    ]);
  });

  it('always covers the text exactly, in order, whatever the spans', () => {
    const span = fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(span, { maxLength: 12 }), (text, spans) => {
        const segs = segmentText(
          text,
          spans.map(([a, b]) => h(a, b)),
        );
        expect(segs.map((s) => s.text).join('')).toBe(text);
        for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
      }),
    );
  });
});

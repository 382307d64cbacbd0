import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from './place-labels';

const box = (id: string, priority: number, x: number, y: number, w = 40, h = 10): LabelBox => ({
  id,
  priority,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
});

const overlap = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('placeLabels', () => {
  it('keeps the higher-priority label of two that overlap, and both of two apart', () => {
    expect(placeLabels([box('small', 1, 0, 0), box('big', 9, 20, 5)])).toEqual(new Set(['big']));
    expect(placeLabels([box('a', 1, 0, 0), box('b', 1, 100, 0)])).toEqual(new Set(['a', 'b']));
  });

  it('keeps a gap of `padding` between labels', () => {
    const near = [box('a', 2, 0, 0), box('b', 1, 43, 0)];
    expect(placeLabels(near, { padding: 2 })).toEqual(new Set(['a', 'b']));
    expect(placeLabels(near, { padding: 4 })).toEqual(new Set(['a']));
  });

  it('breaks ties by id and stops at `max`', () => {
    expect(placeLabels([box('b', 1, 0, 0), box('a', 1, 10, 0)])).toEqual(new Set(['a']));
    const row = Array.from({ length: 10 }, (_, i) => box(`n${i}`, i, i * 100, 0));
    expect(placeLabels(row, { max: 3 })).toEqual(new Set(['n9', 'n8', 'n7']));
  });

  it('ignores empty boxes', () => {
    expect(placeLabels([box('empty', 5, 0, 0, 0, 0), box('a', 1, 0, 0)])).toEqual(new Set(['a']));
  });

  it('never keeps two overlapping labels, and never drops one that overlaps nothing kept', () => {
    const boxes = fc.array(
      fc.record({
        p: fc.integer({ min: 0, max: 20 }),
        x: fc.integer({ min: -500, max: 500 }),
        y: fc.integer({ min: -300, max: 300 }),
        w: fc.integer({ min: 1, max: 160 }),
        h: fc.integer({ min: 1, max: 30 }),
      }),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(boxes, (spec) => {
        const all = spec.map((b, i) => box(`n${i}`, b.p, b.x, b.y, b.w, b.h));
        const kept = placeLabels(all, { padding: 0 });
        const shown = all.filter((b) => kept.has(b.id));
        for (let i = 0; i < shown.length; i++)
          for (let j = i + 1; j < shown.length; j++) expect(overlap(shown[i]!, shown[j]!)).toBe(false);
        for (const b of all) if (!kept.has(b.id)) expect(shown.some((k) => overlap(k, b))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

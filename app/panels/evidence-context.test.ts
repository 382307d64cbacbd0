import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evidenceContext } from './evidence-context';

const text = 'First sentence here. The Journal reported that strikes were planned, officials said. Last one!';

describe('evidenceContext', () => {
  it('widens a span to its sentence', () => {
    const start = text.indexOf('strikes were');
    const ctx = evidenceContext(text, start, start + 'strikes were planned'.length);
    expect(ctx.before).toBe('The Journal reported that ');
    expect(ctx.span).toBe('strikes were planned');
    expect(ctx.after).toBe(', officials said.');
    expect(ctx.truncatedStart || ctx.truncatedEnd).toBe(false);
  });

  it('does not run past a span that is a whole sentence', () => {
    const start = text.indexOf('The Journal');
    const end = text.indexOf('Last') - 1;
    const ctx = evidenceContext(text, start, end);
    expect(ctx.before).toBe('');
    expect(ctx.after).toBe('');
    expect(ctx.span.endsWith('said.')).toBe(true);
  });

  it('marks truncation in very long sentences', () => {
    const long = 'x'.repeat(1000);
    const ctx = evidenceContext(long, 500, 510);
    expect(ctx.truncatedStart).toBe(true);
    expect(ctx.truncatedEnd).toBe(true);
    expect(ctx.before.length).toBeLessThanOrEqual(300);
  });

  it('always puts the exact span in the middle, even for out-of-range offsets', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (t, a, b) => {
        const [s, e] = a <= b ? [a, b] : [b, a];
        const ctx = evidenceContext(t, s, e);
        const cs = Math.min(s, t.length);
        expect(ctx.span).toBe(t.slice(cs, Math.max(cs, Math.min(e, t.length))));
        expect(t.includes(ctx.before + ctx.span)).toBe(true);
        expect(t.slice(ctx.from, ctx.to)).toBe(ctx.before + ctx.span + ctx.after);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';

// Timing lives in extract.bench.ts; the generous timeout only keeps a loaded CI machine from failing these.
describe('extractArticle on hostile input', { timeout: 30_000 }, () => {
  it('finishes a 1 MB line of quotation marks with sane output', () => {
    const { attributions, graph } = extractArticle({ text: '"'.repeat(1_000_000) });
    expect(attributions).toEqual([]);
    expect(graph.order).toBe(1);
  });

  it('finishes a 1 MB line of "according to according to …" with sane output', () => {
    const text = 'according to '.repeat(Math.ceil(1_000_000 / 13));
    const { attributions } = extractArticle({ text });
    for (const a of attributions) expect(text.slice(a.cue.start, a.cue.end)).toBe(a.cue.text);
  });

  it('finishes a long line of "he said he said …" (an attribution every two words) with sane output', () => {
    const text = 'He said he said '.repeat(8_000);
    const { attributions } = extractArticle({ text });
    expect(attributions.length).toBeGreaterThan(0);
    for (const a of attributions.slice(0, 50)) expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text);
  });

  it('returns spans that slice the text exactly, whatever the text', () => {
    const words = fc.constantFrom(
      'said',
      'told',
      'according',
      'to',
      'The',
      'Post',
      'Anna',
      'Kelly',
      '"',
      '“',
      '”',
      ',',
      '.',
      ':',
      '\n',
      'officials',
      'she',
      'reported',
      'by',
      'memos',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 60 }), (parts) => {
        const text = parts.join(' ');
        for (const a of extractArticle({ text }).attributions) {
          for (const span of [a.cue, a.content, ...(a.source ? [a.source] : [])]) {
            expect(text.slice(span.start, span.end)).toBe(span.text);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from './index';
import { extractArticle } from '../corpus';
import {
  accordingToRun,
  dashRun,
  hostileProseArb,
  quoteRun,
  saidRun,
  speakersBetweenBlanks,
  twoSpeakersBlankRun,
} from '../test-support/hostile-prose';
import { hostileTextArb } from '../test-support/hostile-text';
import { expectValidGraph } from '../test-support/graph-checks';
import { fuzzRuns, propertyTimeout, withinBudget } from '../test-support/fuzz-budget';

// The extractor on hostile prose: it never throws, finishes within a generous budget, every span it
// reports slices the text exactly, and its graph passes the model's validation.
const RUNS = fuzzRuns(25);
const timeout = propertyTimeout(RUNS);

function expectSane(text: string, { attributions, graph }: ExtractionResult): void {
  for (const a of attributions) {
    for (const span of [a.cue, a.content, ...(a.source ? [a.source] : []), ...(a.via ?? [])]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    expect(a.confidence).toBeGreaterThanOrEqual(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  }
  expectValidGraph(graph);
}

const extract = (label: string, text: string) => {
  const result = withinBudget(label, text, () => extractArticle({ text }));
  expectSane(text, result);
  return result;
};

describe('extractArticle on hostile input', () => {
  it('reads news-like prose with hostile pieces between the words', { timeout }, () => {
    fc.assert(
      fc.property(hostileProseArb, (text) => void extract('extractArticle prose', text)),
      { numRuns: RUNS },
    );
  });

  it('reads random Unicode (lone surrogates, controls, BOMs, long tokens) as text', { timeout }, () => {
    fc.assert(
      fc.property(hostileTextArb({ maxRun: 5_000 }), (text) => void extract('extractArticle unicode', text)),
      { numRuns: RUNS },
    );
  });

  it('keeps metadata fields hostile too (outlet, title, author, id)', { timeout }, () => {
    const field = hostileTextArb({ maxRun: 200, maxPieces: 4 });
    fc.assert(
      fc.property(hostileProseArb, field, field, field, (text, outlet, title, author) => {
        const input = { text, outlet, title, author, id: outlet || undefined };
        const result = withinBudget('extractArticle metadata', input, () => extractArticle(input));
        expectSane(text, result);
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['"according to" ×2,000', accordingToRun(2_000)],
    ['"He said" ×4,000', saidRun(4_000)],
    ['quotation marks ×20,000', quoteRun(20_000)],
    ['speakers between blank runs, 20,000 chars', speakersBetweenBlanks(20_000)],
    ['a run of 20,000 dashes between two clauses', dashRun(20_000)],
  ])('finishes %s within the budget', { timeout }, (_name, text) => void extract(`extractArticle ${_name}`, text));

  // Known finding (issue 10): clipContent's trailing-punctuation regex backtracks cubically on a run of
  // blanks inside a content clipped by a second speaker: 2,500 blanks took 6–8 s, so 3,000 take ~10–20 s
  // (minutes at 5,000). Passes once fixed.
  it('clips a content holding a run of 3,000 blanks before a second speaker within the budget', { timeout }, () => {
    extract('extractArticle two speakers + blank run', twoSpeakersBlankRun(3_000));
  });
});

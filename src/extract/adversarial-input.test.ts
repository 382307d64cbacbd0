import { describe, expect, it } from 'vitest';
import { adversarialStrings } from '../test-support/adversarial-strings';
import { attributionType, extendQuotes } from './content';
import { orgKeyName } from './entity-form';
import { DEFAULT_OUTLETS, normaliseClaim } from './extract-article';
import { createGazetteer, normaliseName } from './gazetteer';
import { extractArticle } from '../corpus';
import { closeUpAround, stripTrailingJoiner } from './linear-trim';
import { analyseText, foldText, splitBlocks } from './nlp';

// Every function here that runs a regex over input text, on 50k-character runs of each separator class.
// A linear function takes milliseconds; a quadratic regex takes 10 s or more at this length and a cubic
// one hours, so the budgets are generous enough not to flake on a loaded machine and still catch them.
const STRINGS = adversarialStrings(50_000);
const gazetteer = createGazetteer(DEFAULT_OUTLETS);

const STRING_FUNCTIONS: Record<string, (s: string) => unknown> = {
  normaliseClaim,
  normaliseName,
  'gazetteer.lookup': (s) => gazetteer.lookup(s, new Set(['the post'])),
  foldText,
  splitBlocks,
  attributionType,
  extendQuotes: (s) => extendQuotes({ start: 0, end: 1, nextBlock: false }, s, { start: 0, end: s.length, index: 0 }),
  orgKeyName,
  stripTrailingJoiner,
  closeUpAround: (s) => closeUpAround(s, '-./&'),
};

function within(budgetMs: number, run: () => unknown): void {
  const started = performance.now();
  run();
  const took = performance.now() - started;
  expect(took).toBeLessThan(budgetMs);
}

describe('regex-bearing extraction functions on adversarial strings', { timeout: 600_000 }, () => {
  for (const [name, fn] of Object.entries(STRING_FUNCTIONS)) {
    it(`${name} stays well within 2 s on each`, () => {
      for (const { text } of STRINGS) within(2_000, () => fn(text));
    });
  }

  // These run wink, whose tokenising alone takes up to a second a string on a loaded machine.
  it('analyseText and extractArticle stay well within 10 s on each, as text, url and credit line', () => {
    for (const { name, text } of STRINGS) {
      within(10_000, () => [...analyseText(text, splitBlocks(text))]);
      within(10_000, () => extractArticle({ text, id: name }));
      within(10_000, () => extractArticle({ text: `said ${text.slice(0, 600)}`, url: `https://${text}` }));
      within(10_000, () => extractArticle({ text: `The post appeared first on ${text}` }));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { getLexicon } from './lexicon';
import { analyseText, splitBlocks } from './nlp';
import { FEATURES_PER_TOKEN, RULE_MARKS, featurize } from './tagger-features';

const text = 'Mayor Ines Varga said the ferry "will run again."';
const tokens = [...analyseText(text, splitBlocks(text))].flatMap((s) => s.tokens);
const seq = (marks?: Uint8Array) => ({
  tokens,
  sentenceStart: Uint8Array.from(tokens, (_, i) => (i === 0 ? 1 : 0)),
  ruleMarks: marks ?? new Uint8Array(tokens.length),
});

describe('featurize', () => {
  it('gives every token its fixed number of ids, all inside the table, the same on every run', () => {
    const f = featurize(seq(), getLexicon(), 12);
    expect(f.length).toBe(tokens.length * FEATURES_PER_TOKEN);
    expect(Math.max(...f)).toBeLessThan(1 << 12);
    expect([...featurize(seq(), getLexicon(), 12)]).toEqual([...f]);
  });

  it("tells words, quotation state and the rules' marks apart", () => {
    const f = featurize(seq(), getLexicon(), 18);
    const row = (feats: Uint32Array, i: number) => [
      ...feats.subarray(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN),
    ];
    const said = tokens.findIndex((t) => t.lower === 'said');
    const will = tokens.findIndex((t) => t.lower === 'will');
    expect(row(f, said)[1]).not.toBe(row(f, will)[1]);
    // "will" is inside the quotation, "the" before it is not: the quote feature differs.
    expect(row(f, will)[19]).not.toBe(row(f, will - 2)[19]);
    const marks = new Uint8Array(tokens.length);
    marks[said] = RULE_MARKS.cue;
    expect(row(featurize(seq(marks), getLexicon(), 18), said)[25]).not.toBe(row(f, said)[25]);
  });
});

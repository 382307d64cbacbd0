import { describe, expect, it } from 'vitest';
import { analyseText, splitBlocks } from './nlp';
import { RULE_MARKS } from './tagger-features';
import { blockSequence } from './tagger-sequence';
import type { Attribution } from './types';

const text = 'The ferry is late. Harbour master Ole Brun said it "will run at noon," and nothing more.';
const sentences = [...analyseText(text, splitBlocks(text))];
const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('blockSequence', () => {
  it("joins a paragraph's sentences and marks the rules' spans, a cue over a content", () => {
    const rule: Attribution = {
      source: { ...at('Harbour master Ole Brun'), kind: 'person', key: 'person:ole-brun' },
      cue: at('said'),
      content: at('said it "will run at noon,"'),
      type: 'mixed',
      stance: 'asserts',
      confidence: 0.9,
    };
    const seq = blockSequence(sentences, [rule]);
    expect(seq.tokens.length).toBe(sentences.reduce((n, s) => n + s.tokens.length, 0));
    expect([...seq.sentenceStart].filter(Boolean)).toHaveLength(sentences.length);
    const mark = (w: string) => seq.ruleMarks[seq.tokens.findIndex((t) => t.lower === w)];
    expect(mark('brun')).toBe(RULE_MARKS.source);
    expect(mark('said')).toBe(RULE_MARKS.cue);
    expect(mark('noon')).toBe(RULE_MARKS.content);
    expect(mark('ferry')).toBe(RULE_MARKS.none);
  });
});

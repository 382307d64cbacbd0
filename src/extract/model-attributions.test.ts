import { describe, expect, it } from 'vitest';
import type { ModelAttribution } from './model-attributions';
import { DEFAULT_MODEL_OPTIONS, mergeModelAttributions } from './model-attributions';
import type { Attribution } from './types';

const sp = (start: number, end: number) => ({ start, end });
const rule: Attribution = {
  source: { text: 'Ines Varga', start: 6, end: 16, kind: 'person', key: 'person:ines-varga' },
  cue: { text: 'said', start: 17, end: 21 },
  content: { text: 'x', start: 22, end: 50 },
  type: 'indirect',
  stance: 'asserts',
  confidence: 0.9,
};
const model = (source: [number, number] | null, cue: [number, number], confidence = 0.9): ModelAttribution => ({
  tagged: {
    source: null,
    cue: { field: 'cue', from: 0, to: 0, score: 1 },
    content: { field: 'content', from: 0, to: 0, score: 1 },
    evidence: [],
    confidence,
  },
  source: source ? sp(...source) : null,
  cue: sp(...cue),
  content: sp(60, 90),
});

describe('mergeModelAttributions', () => {
  it("keeps the rules' attribution where the model found the same cue, and adds what the rules missed", () => {
    const same = model([0, 16], [17, 21]);
    const missed = model([52, 58], [58, 60]);
    const merge = mergeModelAttributions([rule], [same, missed], { ...DEFAULT_MODEL_OPTIONS, sourceSpans: 'rules' });
    expect(merge.added).toEqual([missed]);
    expect(merge.reshaped).toEqual([]);
  });

  it('adds nothing without a source or below the confidence gate', () => {
    const merge = mergeModelAttributions([], [model(null, [58, 60]), model([52, 58], [58, 60], 0.4)], {
      ...DEFAULT_MODEL_OPTIONS,
      minConfidence: 0.5,
    });
    expect(merge.added).toEqual([]);
  });

  it("gives the model's source boundaries to the rule's attribution when asked to", () => {
    const wider = model([0, 16], [17, 21]);
    const merge = mergeModelAttributions([rule], [wider], { ...DEFAULT_MODEL_OPTIONS, sourceSpans: 'model' });
    expect(merge.reshaped).toEqual([{ rule, source: sp(0, 16) }]);
  });

  it("extends a rule's source only to a model span that holds it", () => {
    const holds = model([0, 16], [17, 21]);
    const inside = model([10, 16], [17, 21]);
    const options = { ...DEFAULT_MODEL_OPTIONS, sourceSpans: 'extend' as const };
    expect(mergeModelAttributions([rule], [holds], options).reshaped).toEqual([{ rule, source: sp(0, 16) }]);
    expect(mergeModelAttributions([rule], [inside], options).reshaped).toEqual([]);
    const left = { ...DEFAULT_MODEL_OPTIONS, sourceSpans: 'extend-left' as const };
    expect(mergeModelAttributions([rule], [holds], left).reshaped).toEqual([{ rule, source: sp(0, 16) }]);
    expect(mergeModelAttributions([rule], [model([6, 20], [20, 21])], left).reshaped).toEqual([]);
  });
});

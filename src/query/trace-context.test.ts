import { describe, expect, it } from 'vitest';
import { sameSentence } from './trace-context';

const span = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  return { article: 'a', start, end: start + phrase.length };
};

describe('sameSentence', () => {
  it('joins spans of one sentence and splits at full stops, capitals and line breaks', () => {
    const text = 'U.S. officials said the plan is ready. The Journal reported it.\nThe Herald agreed.';
    expect(sameSentence(text, span(text, 'U.S. officials'), span(text, 'the plan is ready'))).toBe(true);
    expect(sameSentence(text, span(text, 'the plan is ready.'), span(text, 'The Journal'))).toBe(false);
    expect(sameSentence(text, span(text, 'The Journal reported it.'), span(text, 'The Herald'))).toBe(false);
    expect(sameSentence(text, span(text, 'officials'), span(text, 'officials said'))).toBe(true);
    expect(sameSentence(text, span(text, 'officials'), { ...span(text, 'plan'), article: 'b' })).toBe(false);
  });
});

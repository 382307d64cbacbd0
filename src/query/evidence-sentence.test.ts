import { describe, expect, it } from 'vitest';
import { evidenceSentence } from './evidence-sentence';
import { StoryBuilder } from '../test-support/story-builder';

describe('evidenceSentence', () => {
  it('widens a span to its sentence and stops at line breaks', () => {
    const b = new StoryBuilder();
    const a = b.article('a', b.outlet('A'), 'First one. The plan, officials said, is ready. Last.\nNext line.');
    expect(evidenceSentence(b.graph, b.evidence(a, 'officials'))).toMatchObject({
      sentence: 'The plan, officials said, is ready.',
      quote: 'officials',
    });
    expect(evidenceSentence(b.graph, b.evidence(a, 'Last'))?.sentence).toBe('Last.');
    expect(evidenceSentence(b.graph, b.evidence(a, 'Next'))?.sentence).toBe('Next line.');
    expect(evidenceSentence(b.graph, { article: a, start: 5, end: 500 })).toBeNull();
    expect(evidenceSentence(b.graph, { article: 'article:gone', start: 0, end: 1 })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../../src/test-support/story-builder';
import { toCyEdge } from '../canvas/to-cy-elements';
import { edgesBelowConfidence, formatConfidence, isLowConfidence, LOW_CONFIDENCE } from './confidence';

function graph() {
  const b = new StoryBuilder();
  const outlet = b.outlet('Herald');
  const article = b.article('a', outlet, 'Officials said it rained, and the mayor agreed.');
  const officials = b.person('officials', true);
  const mayor = b.person('mayor');
  const shaky = b.edge('cites', article, officials, { in: article, phrase: 'Officials said', confidence: 0.3 });
  const sure = b.edge('cites', article, mayor, { in: article, phrase: 'the mayor agreed', confidence: 0.95 });
  return { g: b.graph, shaky, sure, publishes: `publishes|${outlet}|${article}` };
}

describe('confidence display', () => {
  it('marks only extracted edges below the line as low-confidence', () => {
    expect(isLowConfidence(LOW_CONFIDENCE - 0.01)).toBe(true);
    expect(isLowConfidence(LOW_CONFIDENCE)).toBe(false);
    expect(isLowConfidence(undefined)).toBe(false);
    const { g, shaky, sure } = graph();
    expect(toCyEdge(g, shaky).classes).toBe('cites low-confidence');
    expect(toCyEdge(g, sure).classes).toBe('cites');
  });

  it('hides edges below the threshold, never hand-authored ones', () => {
    const { g, shaky, sure, publishes } = graph();
    expect(edgesBelowConfidence(g, 0)).toEqual(new Set());
    expect(edgesBelowConfidence(g, 0.5)).toEqual(new Set([shaky]));
    const all = edgesBelowConfidence(g, 1);
    expect(all).toEqual(new Set([shaky, sure]));
    expect(all.has(publishes)).toBe(false);
  });

  it('formats confidence as a percentage', () => {
    expect(formatConfidence(0.724)).toBe('72%');
    expect(formatConfidence(undefined)).toBe('hand-authored');
  });
});

import { describe, expect, it } from 'vitest';
import { echoStory } from '../../test-support/echo-story';
import { claimTrust } from './claim-trust';

describe('claimTrust', () => {
  it('gives every signal of a claim in one call', () => {
    const s = echoStory();
    const t = claimTrust(s.graph, s.claim);
    expect(t.confirmations.summary).toBe('5 outlets, 2 independent sources');
    expect(t.first.first).toEqual([s.articles.harbor]);
    expect(t.drift.steps).toHaveLength(5);
    expect(t.primary.status).toBe('has-named-source');
    expect(t.traces.traces).toHaveLength(5);
  });
});

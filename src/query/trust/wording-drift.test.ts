import { describe, expect, it } from 'vitest';
import { echoStory } from '../../test-support/echo-story';
import { StoryBuilder } from '../../test-support/story-builder';
import { diffWording, wordingDrift, wordingDriftAlong } from './wording-drift';

describe('wordingDrift', () => {
  it('diffs each echo against the report it repeats, origins first', () => {
    const s = echoStory();
    const drift = wordingDrift(s.graph, s.claim);
    const a = s.articles;
    expect(drift.steps.map((st) => [st.article, st.upstream])).toEqual([
      [a.harbor, null],
      [a.ledger, null],
      [a.echo, a.harbor],
      [a.wire, a.harbor],
      [a.post, a.harbor],
    ]);
    const echo = drift.steps[2];
    expect(echo?.text).toBe('The bridge will shut in May');
    expect(echo?.changes?.filter((c) => c.op !== 'same').map((c) => [c.op, c.text.trim()])).toEqual([
      ['removed', 'harbor'],
      ['removed', 'close for repairs'],
      ['added', 'shut'],
    ]);
    expect([echo?.wordsAdded, echo?.wordsRemoved]).toEqual([1, 4]);
    expect(drift.steps[0]?.changes).toBeNull();
  });

  it('falls back to the claim text when a report has no evidence, and says so', () => {
    const b = new StoryBuilder();
    const claim = b.claim('c', 'strikes are being considered');
    b.edge('reports', b.article('p', b.outlet('p'), 'Nothing here.'), claim);
    expect(wordingDrift(b.graph, claim).steps[0]).toMatchObject({
      text: 'strikes are being considered',
      fromEvidence: false,
    });
  });

  it('follows a path the caller picks, skipping articles that do not report the claim', () => {
    const s = echoStory();
    const a = s.articles;
    const steps = wordingDriftAlong(s.graph, s.claim, [a.ledger, s.harbor, a.wire]);
    expect(steps.map((st) => [st.article, st.upstream, st.outlet])).toEqual([
      [a.ledger, null, s.outlets.ledger],
      [a.wire, a.ledger, s.outlets.wire],
    ]);
    expect(steps[1]?.changes?.some((c) => c.op === 'added' && c.text.includes('months starting'))).toBe(true);
  });

  it('makes an escalation stand out', () => {
    const changes = diffWording('officials are considering strikes', 'officials plan strikes within hours');
    expect(changes.filter((c) => c.op === 'added').map((c) => c.text.trim())).toEqual(['plan', 'within hours']);
  });
});

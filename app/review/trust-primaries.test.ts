import { describe, expect, it } from 'vitest';
import { claimPaths, claimTrust } from '../../src/query';
import { StoryBuilder } from '../../src/test-support/story-builder';
import { sampleStory } from '../test-support/sample-story';
import { trustPrimaries } from './trust-primaries';

function listed(graph: ReturnType<typeof sampleStory>, claim: string) {
  const trust = claimTrust(graph, claim);
  const traced = claimPaths(graph, claim, trust.traces);
  return { traced, primaries: trustPrimaries(graph, traced, trust) };
}

describe('trustPrimaries', () => {
  const graph = sampleStory();

  it("lists claimPaths' primary sources, no more and no fewer", () => {
    for (const claim of [
      'claim:u-s-plans-strikes-inside-venezuela',
      'claim:venezuela-asked-russia-and-china-for-military-help',
    ]) {
      const { traced, primaries } = listed(graph, claim);
      expect(primaries.map((p) => p.key)).toEqual(traced.primary.map((p) => p.key));
    }
  });

  it('says which outlet vouches for each anonymous source, and labels documents nobody publishes', () => {
    const strikes = listed(graph, 'claim:u-s-plans-strikes-inside-venezuela').primaries.map((p) => p.text);
    expect(strikes).toEqual([
      'sources with knowledge of the situation: anonymous (vouched for by Miami Herald)',
      'U.S. officials: anonymous (vouched for by The Wall Street Journal)',
    ]);
    const aid = listed(graph, 'claim:venezuela-asked-russia-and-china-for-military-help').primaries;
    expect(aid.map((p) => [p.trust, p.text])).toEqual([
      ['unpublished-document', 'U.S. government memos: a document not published in the corpus'],
    ]);
  });

  it("adds an outlet's own reporting, which has no path to a source", () => {
    const b = new StoryBuilder();
    const article = b.article('ledger-1', b.outlet('The Ledger'), 'The dock will close in May.');
    const claim = b.claim('dock', 'The dock will close in May.');
    b.edge('reports', article, claim, { in: article });
    const { traced, primaries } = listed(b.graph, claim);
    expect(traced.paths).toEqual([]);
    expect(primaries.map((p) => [p.trust, p.text])).toEqual([
      ['own-reporting', "The Ledger: the outlet's own reporting"],
    ]);
  });
});

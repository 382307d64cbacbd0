import { describe, expect, it } from 'vitest';
import { echoStory } from '../test-support/echo-story';
import { articlesByOutlet, nodesByKind, nodesByOutlet, outletOf } from './nodes-by-kind';

describe('selections', () => {
  it('finds nodes by kind and by outlet', () => {
    const s = echoStory();
    expect(nodesByKind(s.graph, 'outlet')).toEqual(Object.values(s.outlets).sort());
    expect(nodesByKind(s.graph, 'claim')).toEqual([s.claim]);
    expect(articlesByOutlet(s.graph, s.outlets.wire)).toEqual([s.articles.wire]);
    expect(nodesByOutlet(s.graph, s.outlets.wire)).toEqual(
      [s.outlets.wire, s.articles.wire, s.harbor, s.claim, s.spokesman].sort(),
    );
    expect(outletOf(s.graph, s.articles.ledger)).toBe(s.outlets.ledger);
    expect(outletOf(s.graph, s.claim)).toBeNull();
  });
});

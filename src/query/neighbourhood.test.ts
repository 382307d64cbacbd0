import { describe, expect, it } from 'vitest';
import { echoStory } from '../test-support/echo-story';
import { neighbourhood } from './neighbourhood';

describe('neighbourhood', () => {
  it('grows ring by ring, in either direction, by kind', () => {
    const s = echoStory();
    const one = neighbourhood(s.graph, s.officials, 1);
    expect(new Set(one.nodes)).toEqual(new Set([s.officials, s.articles.harbor, s.claim]));
    const two = neighbourhood(s.graph, s.officials, 2);
    expect(two.distance.get(s.articles.ledger)).toBe(2);
    expect(two.nodes).toContain(s.outlets.harbor);
    const out = neighbourhood(s.graph, s.officials, 3, { direction: 'out' });
    expect(out.nodes).toEqual([s.officials, s.claim]);
    const cites = neighbourhood(s.graph, s.harbor, 2, { kinds: ['cites'] });
    expect(cites.nodes.sort()).toEqual(
      [s.harbor, s.articles.echo, s.articles.wire, s.articles.post, s.spokesman].sort(),
    );
    expect(neighbourhood(s.graph, s.claim, 1, { maxNodes: 2 }).truncated).toBe(true);
    expect(() => neighbourhood(s.graph, s.claim, -1)).toThrow('query/neighbourhood: hops');
  });
});

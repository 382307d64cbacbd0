import { describe, expect, it } from 'vitest';
import { sampleStory } from '../test-support/sample-story';
import { claimChainPicture } from './claim-chain-picture';
import { toChainElements } from './to-chain-elements';

const graph = sampleStory();

describe('toChainElements', () => {
  it("draws a claim's paths (claimChainPicture)", () => {
    const claim = 'claim:u-s-plans-strikes-inside-venezuela';
    expect(toChainElements(graph, claim)).toEqual(claimChainPicture(graph, claim));
  });

  it('traces an article to the outlets and people it cites, with no claim paths', () => {
    const a = toChainElements(graph, 'article:sample-aggregator');
    const drawn = a.elements.map((e) => e.data.id);
    expect(drawn).toContain('outlet:wall-street-journal');
    expect(a.paths).toEqual([]);
    expect(a.reporters).toEqual([]);
    expect(a.onlyAnonymous).toBe(false);
    expect(a.elements.find((e) => e.data.id === 'article:sample-aggregator')?.classes).toContain('root');
  });
});

import { describe, expect, it } from 'vitest';
import { sampleStory } from '../test-support/sample-story';
import { toChainElements } from './to-chain-elements';

const graph = sampleStory();
const STRIKES = 'claim:u-s-plans-strikes-inside-venezuela';

describe('toChainElements', () => {
  const picture = toChainElements(graph, STRIKES);
  const ids = new Set(picture.elements.map((e) => String(e.data.id)));
  const edges = picture.elements.filter((e) => e.group === 'edges');

  it('reaches the anonymous sources as primary, and says nobody named stands behind the claim', () => {
    const anon = picture.primaries.filter((p) => p.status === 'anonymous').map((p) => p.key);
    expect(anon).toContain('person:us-officials');
    expect(anon).toContain('person:sources-with-knowledge-of-the-situation');
    const officials = picture.elements.find((e) => e.data.id === 'person:us-officials');
    expect(officials?.classes).toContain('primary-anonymous');
  });

  it('shows the dispute against the claim, with its cue', () => {
    expect(picture.stances.map((s) => [s.kind, s.source, s.cue])).toEqual([
      ['disputes', 'person:anna-kelly', 'played down'],
    ]);
    expect(ids.has('disputes|person:anna-kelly|claim:u-s-plans-strikes-inside-venezuela')).toBe(true);
  });

  it('puts reporters upstream of the claim and labels hops with their cue', () => {
    expect(picture.reporters).toContain('article:sample-journal');
    const report = edges.find((e) => e.data.id === 'reports|article:sample-journal|' + STRIKES);
    expect(report?.data).toMatchObject({ source: 'article:sample-journal', target: STRIKES });
    const asserts = edges.find((e) => e.data.id === 'asserts|person:us-officials|' + STRIKES);
    // Walked against its direction: claim → who asserts it, one step nearer the origin.
    expect(asserts?.data).toMatchObject({ source: STRIKES, target: 'person:us-officials' });
  });

  it('draws every edge between drawn nodes, each once, with graph edge keys as ids', () => {
    for (const e of edges) {
      expect(graph.hasEdge(String(e.data.id))).toBe(true);
      expect(ids.has(String(e.data.source)) && ids.has(String(e.data.target))).toBe(true);
    }
    expect(new Set(edges.map((e) => e.data.id)).size).toBe(edges.length);
    expect(picture.elements.find((e) => e.data.id === STRIKES)?.classes).toContain('root');
  });

  it('traces an article to the outlets and people it cites', () => {
    const a = toChainElements(graph, 'article:sample-aggregator');
    const drawn = a.elements.map((e) => e.data.id);
    expect(drawn).toContain('outlet:wall-street-journal');
    expect(a.reporters).toEqual([]);
    expect(a.onlyAnonymous).toBe(false);
  });
});

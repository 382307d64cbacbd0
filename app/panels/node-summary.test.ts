import { sampleStory } from '../test-support/sample-story';
import { describe, expect, it } from 'vitest';
import { nodeCounts } from './node-summary';

const graph = sampleStory();
const find = (kind: string, pred: (k: string) => boolean = () => true) =>
  graph.filterNodes((k, a) => a.kind === kind && pred(k))[0] ?? '';

describe('nodeCounts', () => {
  it('counts an outlet’s published articles', () => {
    const outlet = find('outlet', (k) => graph.outDegree(k) > 0);
    const published = graph.filterOutEdges(outlet, (_e, a) => a.kind === 'publishes').length;
    expect(nodeCounts(graph, outlet).articles).toBe(published);
  });

  it('counts who cites a source and which claims it makes', () => {
    const anon = find('person', (k) => {
      const a = graph.getNodeAttributes(k);
      return 'anonymous' in a && a.anonymous;
    });
    const c = nodeCounts(graph, anon);
    expect(c.citedBy).toBe(graph.filterInEdges(anon, (_e, a) => a.kind === 'cites').length);
    expect(c.citedBy).toBeGreaterThan(0);
    expect(c.claims).toBeGreaterThan(0);
    expect(c.articles).toBeGreaterThan(0);
  });

  it('counts the articles reporting a claim', () => {
    const claim = find('claim');
    const reporters = graph.filterInEdges(claim, (_e, a) => a.kind === 'reports').length;
    expect(nodeCounts(graph, claim).articles).toBeGreaterThanOrEqual(reporters);
  });
});

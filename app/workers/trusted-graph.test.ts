import { describe, expect, it } from 'vitest';
import { createGraph, serializeGraph, upsertEdge, upsertNode } from '../../src/model';
import { graphFromTrustedJson } from './trusted-graph';

describe('graphFromTrustedJson', () => {
  it('rebuilds the same multigraph, parallel edges of different kinds included', () => {
    const g = createGraph();
    upsertNode(g, 'outlet:a', { kind: 'outlet', label: 'A', aliases: [] });
    upsertNode(g, 'outlet:b', { kind: 'outlet', label: 'B', aliases: ['Bee'] });
    upsertEdge(g, { kind: 'cites', source: 'outlet:a', target: 'outlet:b' });
    upsertEdge(g, { kind: 'mentions', source: 'outlet:a', target: 'outlet:b' });
    const again = graphFromTrustedJson(structuredClone(serializeGraph(g)));
    expect(again.multi).toBe(true);
    expect(again.edges().sort()).toEqual(g.edges().sort());
    expect(serializeGraph(again)).toEqual(serializeGraph(g));
  });
});

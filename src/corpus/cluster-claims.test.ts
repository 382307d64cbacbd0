import { describe, expect, it } from 'vitest';
import type { SourcetraceGraph } from '../model';
import { createGraph, upsertEdge, upsertNode } from '../model';
import { clusterClaims, resetClaimIndex } from './cluster-claims';

function addReport(graph: SourcetraceGraph, article: string, claim: string, text: string) {
  const articleKey = `article:${article}`;
  const body = `Officials said ${text}.`;
  upsertNode(graph, articleKey, {
    kind: 'article',
    label: article,
    aliases: [],
    title: article,
    outlet: '',
    text: body,
  });
  upsertNode(graph, claim, { kind: 'claim', label: text, aliases: [], text });
  upsertNode(graph, 'person:officials', { kind: 'person', label: 'officials', aliases: [], anonymous: true });
  const evidence = [{ article: articleKey, start: 0, end: body.length }];
  upsertEdge(graph, { kind: 'reports', source: articleKey, target: claim, evidence });
  upsertEdge(graph, { kind: 'asserts', source: 'person:officials', target: claim, evidence, cue: 'said' });
}

describe('clusterClaims', () => {
  it('folds reworded claims into one representative, keeping the variant texts and all evidence', () => {
    const graph = createGraph();
    addReport(graph, 'a', 'claim:a', 'the army had moved two brigades to the border');
    addReport(graph, 'b', 'claim:b', 'two brigades had been moved to the border by the army');
    addReport(graph, 'c', 'claim:c', 'the army had withdrawn from the border region');
    expect(clusterClaims(graph)).toBe(1);
    expect(graph.hasNode('claim:b')).toBe(false);
    expect(graph.getNodeAttribute('claim:a', 'aliases')).toEqual([
      'two brigades had been moved to the border by the army',
    ]);
    expect(graph.inNeighbors('claim:a').sort()).toEqual(['article:a', 'article:b', 'person:officials']);
    expect(graph.getEdgeAttribute('asserts|person:officials|claim:a', 'evidence').map((e) => e.article)).toEqual([
      'article:a',
      'article:b',
    ]);
    expect(graph.hasNode('claim:c')).toBe(true);
  });

  it('joins claims added later to the clusters already in the graph', () => {
    const graph = createGraph();
    addReport(graph, 'a', 'claim:a', 'the storm left 200,000 homes without power');
    clusterClaims(graph);
    addReport(graph, 'b', 'claim:b', '200,000 homes were left without power after the storm');
    expect(clusterClaims(graph, ['claim:b'])).toBe(1);
    expect(graph.filterNodes((_k, a) => a.kind === 'claim')).toEqual(['claim:a']);
  });

  it('rebuilds its index after a reset and skips representatives that were removed', () => {
    const graph = createGraph();
    addReport(graph, 'a', 'claim:a', 'the dam was not inspected for ten years');
    clusterClaims(graph);
    graph.dropNode('claim:a');
    addReport(graph, 'b', 'claim:b', 'the dam had not been inspected in ten years');
    expect(clusterClaims(graph, ['claim:b'])).toBe(0);
    resetClaimIndex(graph);
    addReport(graph, 'c', 'claim:c', 'the dam had not been inspected for ten years');
    expect(clusterClaims(graph, ['claim:c'])).toBe(1);
    expect(graph.hasNode('claim:b')).toBe(true);
  });
});

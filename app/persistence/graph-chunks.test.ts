import { describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/model';
import { sampleStory } from '../test-support/sample-story';
import { graphFromTrustedParts, splitGraph } from './graph-chunks';

describe('the stored graph in parts', () => {
  it('splits nodes, then edges, into parts and rebuilds the same graph from them', async () => {
    const graph = serializeGraph(sampleStory());
    const { head, parts } = splitGraph(graph, 3);
    expect(head.nodes).toEqual([]);
    expect(head.edges).toEqual([]);
    expect(parts.length).toBe(Math.ceil(graph.nodes.length / 3) + Math.ceil(graph.edges.length / 3));
    expect(parts.every((p) => p.nodes.length + p.edges.length <= 3)).toBe(true);
    const rebuilt = await graphFromTrustedParts(structuredClone(head), structuredClone(parts));
    expect(serializeGraph(rebuilt)).toEqual(graph);
  });

  it('refuses a missing part, and an edge whose node is in no part', async () => {
    const { head, parts } = splitGraph(serializeGraph(sampleStory()), 3);
    await expect(graphFromTrustedParts(head, [parts[0], undefined])).rejects.toThrow(/no node and edge lists/);
    await expect(graphFromTrustedParts(head, parts.slice(1))).rejects.toThrow();
  });
});

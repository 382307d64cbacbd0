import { describe, expect, it } from 'vitest';
import { sampleStory } from './test-support/sample-story';
import { neighbourStep, orderedNeighbours } from './neighbour-steps';

const graph = sampleStory();
const KELLY = 'person:anna-kelly';

describe('neighbourStep', () => {
  const around = orderedNeighbours(graph, KELLY, new Set());

  it('walks the neighbours of the selection in reading order, wrapping', () => {
    let step = neighbourStep(graph, null, KELLY, 'ArrowRight');
    expect(step).toEqual({ anchor: KELLY, select: around[0] });
    for (let i = 1; i <= around.length; i++) {
      step = neighbourStep(graph, step!.anchor, step!.select, 'ArrowRight');
      expect(step?.select).toBe(around[i % around.length]);
    }
    expect(neighbourStep(graph, KELLY, around[0]!, 'ArrowLeft')?.select).toBe(around[around.length - 1]);
  });

  it('steps into a neighbour and back out', () => {
    const into = neighbourStep(graph, KELLY, around[0]!, 'ArrowDown');
    expect(into?.anchor).toBe(around[0]);
    expect(graph.areNeighbors(around[0]!, into!.select)).toBe(true);
    expect(neighbourStep(graph, KELLY, around[0]!, 'ArrowUp')).toEqual({ anchor: KELLY, select: KELLY });
    expect(neighbourStep(graph, null, KELLY, 'ArrowUp')).toBeNull();
  });

  it('skips hidden neighbours and starts afresh after a selection elsewhere', () => {
    const hidden = new Set(around.slice(1));
    expect(neighbourStep(graph, null, KELLY, 'ArrowRight', hidden)?.select).toBe(around[0]);
    const far = graph.nodes().find((k) => k !== KELLY && !graph.areNeighbors(KELLY, k) && graph.degree(k) > 0)!;
    expect(neighbourStep(graph, KELLY, far, 'ArrowRight')?.anchor).toBe(far);
  });
});

import { describe, expect, it } from 'vitest';
import { applyFilters, EMPTY_VIEW_STATE, getGraphIndex } from '../../src/projection';
import { StoryBuilder } from '../../src/test-support/story-builder';
import { createAppStore } from '../store';
import { mapLinkEnds } from './MapLinkDetails';
import { openNeighbourhood } from './open-neighbourhood';

describe('from a map count to its detail', () => {
  const b = new StoryBuilder();
  const daily = b.outlet('Daily');
  const wire = b.outlet('Wire');
  const text = 'The Wire said so.';
  const d1 = b.article('d1', daily, text);
  const d2 = b.article('d2', daily, text);
  const d3 = b.article('d3', daily, text);
  b.edge('cites', d1, wire, { in: d1 });
  b.edge('cites', d2, wire, { in: d2 });

  it('focuses on the outlet, expands its articles behind the count and selects the cited node', () => {
    const store = createAppStore();
    store.getState().setGraph(b.graph);
    const index = getGraphIndex(b.graph);
    openNeighbourhood(store, { index, filter: applyFilters(index, EMPTY_VIEW_STATE) }, daily, wire);
    const s = store.getState();
    expect(s.focus).toEqual({ key: daily, hops: 1 });
    expect(s.expanded).toEqual([d1, d2].sort());
    expect(s.expanded).not.toContain(d3);
    expect(s.selection).toEqual({ type: 'node', key: wire });
  });

  it('reads a map link id back into its two ends', () => {
    expect(mapLinkEnds(`map:${daily}|${wire}`)).toEqual({ outlet: daily, cited: wire });
    expect(mapLinkEnds('cites|article:d1|outlet:wire')).toBeNull();
  });
});

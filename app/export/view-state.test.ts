import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../store';
import { sampleStory } from '../test-support/sample-story';
import { parseFilters, selectionIn } from './view-state';

describe('view state', () => {
  it('completes partial filters with defaults and refuses bad ones by name', () => {
    expect(parseFilters({ hideAnonymous: true, hiddenNodeKinds: ['person', 'claim'] }, 'f')).toEqual({
      ...EMPTY_FILTERS,
      hideAnonymous: true,
      hiddenNodeKinds: ['claim', 'person'],
    });
    expect(() => parseFilters({ hiddenNodeKinds: ['planet'] }, 'f.sourcetrace.json')).toThrow(
      /^export\/view: f\.sourcetrace\.json: filters\.hiddenNodeKinds\.0/,
    );
    expect(() => parseFilters({ dateFrom: 'soon' }, 'f')).toThrow(/filters\.dateFrom/);
  });

  it('tells a selected node from an edge, and drops unknown keys', () => {
    const graph = sampleStory();
    const edge = graph.edges()[0]!;
    expect(selectionIn(graph, edge)).toEqual({ type: 'edge', key: edge });
    expect(selectionIn(graph, 'outlet:miami-herald')).toEqual({ type: 'node', key: 'outlet:miami-herald' });
    expect(selectionIn(graph, 'person:nobody')).toBeNull();
    expect(selectionIn(graph, undefined)).toBeNull();
  });
});

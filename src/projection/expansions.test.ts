import { describe, expect, it } from 'vitest';
import { expansionPages, parseAggregateId, withExpanded, withoutExpanded } from './expansions';

describe('expansions', () => {
  it('counts consecutive pages and ignores a page whose predecessors are closed', () => {
    const pages = expansionPages(['agg:claims', 'agg:claims#2', 'agg:claims#3', 'person:x', 'person:x#3']);
    expect([...pages]).toEqual([
      ['agg:claims', 3],
      ['person:x', 1],
    ]);
  });

  it('treats a key that merely ends in #n as an id of its own', () => {
    expect([...expansionPages(['article:story#2'])]).toEqual([['article:story#2', 1]]);
  });

  it('opens one more page at a time and closes all of them at once', () => {
    let expanded = withExpanded([], 'agg:sources');
    expanded = withExpanded(expanded, 'agg:sources');
    expanded = withExpanded(expanded, 'outlet:wsj');
    expect([...expanded].sort()).toEqual(['agg:sources', 'agg:sources#2', 'outlet:wsj']);
    expect([...withoutExpanded(expanded, 'agg:sources')]).toEqual(['outlet:wsj']);
  });

  it('reads aggregate ids back into group and anchor', () => {
    expect(parseAggregateId('agg:articles@outlet:wall-street-journal')).toEqual({
      group: 'articles',
      anchor: 'outlet:wall-street-journal',
    });
    expect(parseAggregateId('agg:sources')).toEqual({ group: 'sources', anchor: '' });
    expect(parseAggregateId('outlet:wsj')).toBeNull();
  });
});

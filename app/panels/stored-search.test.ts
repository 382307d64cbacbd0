import { describe, expect, it } from 'vitest';
import { upsertNode, type SourcetraceGraph } from '../../src/model';
import { syntheticGraph } from '../../src/bench/synthetic-graph';
import { packSearchRecord, readSearchRecord } from '../persistence/search-record';
import { sampleStory } from '../test-support/sample-story';
import { buildSearchIndex, indexSearchItems, searchItemsOf, searchNodes } from './search-index';

/** The index a reopen builds: the graph's items packed into the stored record, cloned as IndexedDB does, read back. */
function storedIndex(graph: SourcetraceGraph) {
  const record = structuredClone(packSearchRecord(searchItemsOf(graph), 'd'));
  const read = readSearchRecord(record);
  if (!read) throw new Error('the record did not read back');
  return indexSearchItems(read.entries);
}

/** Queries of every sort: whole labels, single words, prefixes, typos, aliases, domains, nonsense. */
function queriesOf(graph: SourcetraceGraph): string[] {
  const out = new Set(['wsj', 'the herald', 'kely', 'Journal', 'exti', 'a', 'zzqxv', '  ', 'Ünïcödé', 'said']);
  graph.forEachNode((_, a) => {
    out.add(a.label);
    out.add(a.label.split(/\s+/)[0] ?? '');
    out.add(a.label.slice(0, 4));
    out.add(a.label.replace(/[aeiou]/, 'x'));
    for (const alias of a.aliases) out.add(alias);
    if (a.kind === 'outlet' && a.domain) out.add(a.domain.split('.')[0] ?? '');
  });
  return [...out];
}

function expectSameAnswers(graph: SourcetraceGraph, limit?: number) {
  const full = buildSearchIndex(graph);
  const stored = storedIndex(graph);
  const queries = queriesOf(graph);
  for (const q of queries) expect(searchNodes(stored, q, limit), q).toEqual(searchNodes(full, q, limit));
  return queries.length;
}

describe('search from the stored record', () => {
  it('answers every query exactly as the full index does, on the sample story', () => {
    const g = sampleStory();
    upsertNode(g, 'outlet:example-times', { kind: 'outlet', label: 'Example Times', aliases: [], domain: 'exti.com' });
    expect(expectSameAnswers(g)).toBeGreaterThan(20);
  });

  it('answers exactly as the full index does on a larger generated graph, ties and degrees included', () => {
    expect(expectSameAnswers(syntheticGraph(300, 3), 20)).toBeGreaterThan(300);
  });

  it('reads nothing from a record of another version or a corrupt one', () => {
    const record = packSearchRecord(searchItemsOf(sampleStory()), 'd');
    expect(readSearchRecord({ ...record, version: 0 })).toBeNull();
    expect(readSearchRecord({ ...record, labels: record.labels.slice(1) })).toBeNull();
    expect(readSearchRecord({ ...record, kinds: record.kinds.map(() => 99) })).toBeNull();
    expect(readSearchRecord({ ...record, aliases: [[record.keys.length, ['x']]] })).toBeNull();
    expect(readSearchRecord({ ...record, kindNames: ['planet'] })).toBeNull();
    expect(readSearchRecord(null)).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourcetraceGraph } from '../model';
import { createGraph, upsertEdge, upsertNode } from '../model';
import { mergePersons } from './merge-persons';

/** `n` articles each citing the person: degree stands for salience. */
function person(graph: SourcetraceGraph, key: string, label: string, n = 1): void {
  upsertNode(graph, key, { kind: 'person', label, aliases: [], anonymous: false });
  for (let i = 0; i < n; i++) {
    const article = `article:${key.slice(7)}-${i}`;
    upsertNode(graph, article, { kind: 'article', label: 'a', aliases: [], title: 'a', outlet: '', text: 'x' });
    upsertEdge(graph, { kind: 'cites', source: article, target: key, evidence: [{ article, start: 0, end: 1 }] });
  }
}

const people = (g: SourcetraceGraph) =>
  g
    .filterNodes((_k, a) => a.kind === 'person')
    .map((k) => `${k}=${g.getNodeAttribute(k, 'label')}`)
    .sort();

describe('mergePersons', () => {
  it('folds titled, possessive and initialled forms into one node labelled with the fullest clean form', () => {
    const g = createGraph();
    person(g, 'person:mara-quill', 'Mara Quill', 5);
    person(g, 'person:senator-mara-quill', 'Senator Mara Quill');
    person(g, 'person:mara-j-quill', 'Mara J. Quill', 2);
    person(g, 'person:quill-s', 'Quill’s');
    expect(mergePersons(g)).toBe(3);
    expect(people(g)).toEqual(['person:mara-quill=Mara J. Quill']);
    expect((g.getNodeAttributes('person:mara-quill') as { role?: string }).role).toBe('Senator');
    expect(g.degree('person:mara-quill')).toBe(9);
  });

  it('keeps people with different middle initials apart, and the bare name with them', () => {
    const g = createGraph();
    person(g, 'person:ivo-w-lark', 'Ivo W. Lark', 3);
    person(g, 'person:ivo-h-w-lark', 'Ivo H. W. Lark', 3);
    person(g, 'person:ivo-lark', 'Ivo Lark', 1);
    mergePersons(g);
    expect(people(g)).toHaveLength(3);
  });

  it('joins an ambiguous surname to its salient holder only when one dominates', () => {
    const g = createGraph();
    person(g, 'person:mara-quill', 'Mara Quill', 9);
    person(g, 'person:oren-quill', 'Oren Quill', 1);
    person(g, 'person:quill', 'Quill', 4);
    person(g, 'person:ana-brook', 'Ana Brook', 3);
    person(g, 'person:tom-brook', 'Tom Brook', 2);
    person(g, 'person:brook', 'Brook', 2);
    mergePersons(g);
    expect(g.hasNode('person:quill')).toBe(false);
    expect(g.degree('person:mara-quill')).toBe(13);
    expect(g.hasNode('person:oren-quill')).toBe(true);
    expect(g.hasNode('person:brook')).toBe(true);
  });

  it('reads initials and a surname as the surname alone', () => {
    const g = createGraph();
    person(g, 'person:mara-j-quill', 'Mara J. Quill', 5);
    person(g, 'person:j-quill', 'J. Quill', 2);
    expect(mergePersons(g)).toBe(1);
    expect(people(g)).toEqual(['person:mara-j-quill=Mara J. Quill']);
  });

  it('folds a surname in capitals (a speaker label), typed person or organisation, into its salient holder', () => {
    const g = createGraph();
    person(g, 'person:mara-quill', 'Mara Quill', 5);
    person(g, 'person:quill-caps', 'QUILL', 2);
    person(g, 'person:mara-caps', 'MARA', 1);
    upsertNode(g, 'organization:quill', { kind: 'organization', label: 'QUILL', aliases: [], anonymous: false });
    upsertNode(g, 'organization:nato', { kind: 'organization', label: 'NATO', aliases: [], anonymous: false });
    mergePersons(g);
    expect(people(g)).toEqual(['person:mara-quill=Mara Quill']);
    expect(g.hasNode('organization:quill')).toBe(false);
    expect(g.hasNode('organization:nato')).toBe(true);
  });

  it('takes two surnames joined by a hyphen for a described pair, not a person; a double-barrelled name stays', () => {
    const g = createGraph();
    person(g, 'person:mara-quill', 'Mara Quill', 3);
    person(g, 'person:ida-wren', 'Ida Wren', 3);
    person(g, 'person:quill-wren', 'Quill-Wren', 2);
    person(g, 'person:ana-lund-berg', 'Ana Lund-Berg', 2);
    mergePersons(g);
    const anonymous = (k: string) => (g.getNodeAttributes(k) as { anonymous?: boolean }).anonymous;
    expect(anonymous('person:quill-wren')).toBe(true);
    expect(anonymous('person:ana-lund-berg')).toBe(false);
  });

  it('makes organisations of acronyms and of names holding capitals no person name holds', () => {
    const g = createGraph();
    person(g, 'person:kpl', 'KPL', 2);
    person(g, 'person:friends-kpl-action', 'Friends KPL Action', 2);
    person(g, 'person:navy-seal-ivo-lark', 'Navy SEAL Ivo Lark', 2);
    person(g, 'person:oskar-lund-iv', 'Oskar Lund IV', 2);
    person(g, 'person:chamber-of-sorrel-trade', 'Chamber of Sorrel Trade', 2);
    person(g, 'person:mara-quill-of-calvera-city', 'Mara Quill of Calvera City', 2);
    mergePersons(g);
    expect(g.getNodeAttribute('organization:chamber-of-sorrel-trade', 'kind')).toBe('organization');
    expect(g.getNodeAttribute('organization:kpl', 'kind')).toBe('organization');
    expect(g.getNodeAttribute('organization:friends-kpl-action', 'kind')).toBe('organization');
    expect(g.degree('organization:kpl')).toBe(2);
    expect(people(g)).toEqual([
      'person:mara-quill-of-calvera-city=Mara Quill',
      'person:navy-seal-ivo-lark=Ivo Lark',
      'person:oskar-lund-iv=Oskar Lund IV',
    ]);
  });

  it('gives the same people whatever order the nodes were added in', () => {
    const nodes: [string, string, number][] = [
      ['person:mara-quill', 'Mara Quill', 6],
      ['person:mara-j-quill', 'Mara J. Quill', 1],
      ['person:quill', 'Quill', 2],
      ['person:nominee-mara-quill', 'nominee Mara Quill', 1],
      ['person:oren-quill', 'Oren Quill', 1],
      ['person:brook', 'Brook', 1],
      ['person:ana-brook', 'Ana Brook', 1],
      ['person:tom-brook', 'Tom Brook', 1],
    ];
    const build = (order: typeof nodes) => {
      const g = createGraph();
      for (const [k, l, n] of order) person(g, k, l, n);
      mergePersons(g);
      return g
        .filterNodes((_k, a) => a.kind === 'person')
        .map(
          (k) => `${k}=${g.getNodeAttribute(k, 'label')}:${g.degree(k)}:${g.getNodeAttribute(k, 'aliases').join('|')}`,
        )
        .sort();
    };
    const expected = build(nodes);
    fc.assert(
      fc.property(fc.shuffledSubarray(nodes, { minLength: nodes.length }), (order) => {
        expect(build(order)).toEqual(expected);
      }),
    );
  });
});

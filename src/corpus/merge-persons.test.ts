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

  it('folds badly cut and partial forms into a far more connected full name, but not other first names', () => {
    const g = createGraph();
    person(g, 'person:mara-rodham-quill', 'Mara Rodham Quill', 12);
    person(g, 'person:state-mara-quill', 'State Mara Quill', 2);
    person(g, 'person:rodham-quill', 'Rodham Quill', 1);
    person(g, 'person:ivo-paul-lark', 'Ivo Paul Lark', 1);
    person(g, 'person:paul-lark', 'Paul Lark', 8);
    person(g, 'person:ivo-wren', 'Ivo Wren', 2);
    mergePersons(g);
    expect(people(g)).toEqual([
      'person:ivo-paul-lark=Ivo Paul Lark',
      'person:ivo-wren=Ivo Wren',
      'person:mara-rodham-quill=Mara Rodham Quill',
      'person:paul-lark=Paul Lark',
    ]);
    expect(g.degree('person:mara-rodham-quill')).toBe(15);
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

  it('folds a surname typed organisation into a far more connected holder; a well-cited namesake stays', () => {
    const g = createGraph();
    person(g, 'person:mara-quill', 'Mara Quill', 8);
    person(g, 'person:ivo-lark', 'Ivo Lark', 3);
    const org = (key: string, label: string, n: number) => {
      upsertNode(g, key, { kind: 'organization', label, aliases: [], anonymous: false });
      for (let i = 0; i < n; i++)
        upsertEdge(g, { kind: 'mentions', source: `article:mara-quill-${i}`, target: key, evidence: [] });
    };
    org('organization:quill', 'Quill', 1);
    org('organization:lark', 'Lark', 2);
    mergePersons(g);
    expect(g.hasNode('organization:quill')).toBe(false);
    expect(g.degree('person:mara-quill')).toBe(9);
    expect(g.degree('organization:lark')).toBe(2);
  });

  it('makes an organisation of a name typed organisation elsewhere whose first word starts no person name', () => {
    const g = createGraph();
    person(g, 'person:veloran-front', 'Veloran Front', 3);
    person(g, 'person:ivo-lark', 'Ivo Lark', 3);
    person(g, 'person:ivo-wren', 'Ivo Wren', 1);
    for (const [key, label] of [
      ['organization:veloran-front', 'Veloran Front'],
      ['organization:ivo-lark', 'Ivo Lark'],
    ])
      upsertNode(g, key!, { kind: 'organization', label: label!, aliases: [], anonymous: false });
    for (const to of ['organization:veloran-front', 'organization:ivo-lark'])
      upsertEdge(g, { kind: 'mentions', source: 'article:ivo-wren-0', target: to, evidence: [] });
    // One article's slip does not retype a person far more often named as one.
    person(g, 'person:aldo-brook', 'Aldo Brook', 12);
    upsertNode(g, 'organization:aldo-brook', {
      kind: 'organization',
      label: 'Aldo Brook',
      aliases: [],
      anonymous: false,
    });
    upsertEdge(g, { kind: 'mentions', source: 'article:ivo-wren-0', target: 'organization:aldo-brook', evidence: [] });
    upsertNode(g, 'organization:aldo-brook-2', {
      kind: 'organization',
      label: 'Aldo Brook',
      aliases: [],
      anonymous: false,
    });
    mergePersons(g);
    // ... and the slip itself joins the person.
    expect(g.hasNode('organization:aldo-brook')).toBe(false);
    expect(g.hasNode('organization:aldo-brook-2')).toBe(false);
    expect(g.hasNode('person:veloran-front')).toBe(false);
    expect(g.degree('organization:veloran-front')).toBe(4);
    expect(people(g)).toEqual(['person:aldo-brook=Aldo Brook', 'person:ivo-lark=Ivo Lark', 'person:ivo-wren=Ivo Wren']);
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

import { describe, expect, it } from 'vitest';
import { createGraph, upsertEdge, upsertNode } from '../model';
import { checkEntities, malformedPersonLabel, type CheckedEntity } from './entity-check';

const QUILL: CheckedEntity = { name: 'Mara Quill', kind: 'person', forms: [['quill']], unless: ['foundation'] };

describe('malformedPersonLabel', () => {
  it('tells clean names from phrases', () => {
    for (const ok of ['Mara Quill', 'Omar al-Rashid', 'Anouk de Vries', 'Mara J. Quill'])
      expect(malformedPersonLabel(ok), ok).toBeNull();
    expect(malformedPersonLabel('presumptive Republican')).toBe('lower-case word');
    expect(malformedPersonLabel("Quill's")).toBe('possessive');
    expect(malformedPersonLabel('FULL TEXT')).toBe('all capitals');
    expect(malformedPersonLabel('Sen. Mara Quill')).toBe('title');
  });
});

describe('checkEntities', () => {
  it('counts the nodes that name the entity, not groups, documents or nodes that only mention it', () => {
    const g = createGraph();
    const node = (key: string, attrs: Record<string, unknown>) =>
      upsertNode(g, key, { aliases: [], ...attrs } as never);
    node('article:a', { kind: 'article', label: 'A', title: 'A', text: '' });
    node('person:mara-quill', { kind: 'person', label: 'Mara Quill' });
    node('person:quill-x', { kind: 'person', label: 'Quill' });
    node('person:lund', { kind: 'person', label: 'Oskar Lund', aliases: ["Mara Quill's longtime aide Oskar Lund"] });
    node('person:wren', { kind: 'person', label: 'Ida Wren', aliases: ['Quill'] });
    node('person:fans', { kind: 'person', label: 'Quill supporters', anonymous: true });
    node('document:tweet', { kind: 'document', label: "Quill's tweet" });
    node('organization:qf', { kind: 'organization', label: 'Quill Foundation' });
    node('person:ivo-quill', { kind: 'person', label: 'Ivo Quill', aliases: ['Quill'] });
    node('person:quill-lark', { kind: 'person', label: 'Quill Lark' });
    node('person:quill-wed', { kind: 'person', label: 'Quill Wednesday' });
    for (const to of ['person:mara-quill', 'person:quill-x', 'person:wren', 'person:lund', 'person:ivo-quill'])
      upsertEdge(g, { kind: 'mentions', source: 'article:a', target: to, evidence: [] });
    const [row] = checkEntities(g, [QUILL]).rows;
    // Mara Quill, the bare "Quill", "Quill Wednesday" and the node that took "Quill" as an alias; not Lund,
    // the fans, the tweet, the foundation or the namesakes Ivo Quill and Quill Lark.
    expect(row).toMatchObject({ name: 'Mara Quill', nodes: 4, ok: false });
  });

  it('leaves out bodies named after the entity, and lists where the entity is split', () => {
    const g = createGraph();
    const node = (key: string, attrs: Record<string, unknown>) =>
      upsertNode(g, key, { aliases: [], anonymous: false, ...attrs } as never);
    node('article:a', { kind: 'article', label: 'A', title: 'A', text: '' });
    node('person:mara-quill', { kind: 'person', label: 'Mara Quill' });
    node('organization:quill-team', { kind: 'organization', label: 'Quill team' });
    node('organization:quill-house', { kind: 'organization', label: 'Quill White House' });
    node('organization:quill', { kind: 'organization', label: 'Quill' });
    for (const to of ['person:mara-quill', 'organization:quill-team', 'organization:quill-house', 'organization:quill'])
      upsertEdge(g, { kind: 'mentions', source: 'article:a', target: to, evidence: [] });
    node('article:b', { kind: 'article', label: 'B', title: 'B', text: '' });
    upsertEdge(g, { kind: 'mentions', source: 'article:b', target: 'person:mara-quill', evidence: [] });
    const [row] = checkEntities(g, [{ ...QUILL, unless: [] }]).rows;
    // The team and the White House are other entities; the organisation "Quill" is a split of hers.
    expect(row).toMatchObject({ nodes: 2, ok: false, others: [{ label: 'Quill', kind: 'organization', degree: 1 }] });
  });
});

import { sampleStory } from '../test-support/sample-story';
import { describe, expect, it } from 'vitest';
import { createGraph, upsertEdge, upsertNode } from '../../src/model';
import { shortLabel, toCyElements } from './to-cy-elements';

describe('toCyElements', () => {
  it('draws every node and edge of the sample with kind classes', () => {
    const graph = sampleStory();
    const els = toCyElements(graph);
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(graph.order);
    expect(els.filter((e) => e.group === 'edges')).toHaveLength(graph.size);
    for (const el of els) expect(el.classes).toContain(String(el.data.kind));
  });

  it('carries outlet, anonymity, cue and cited counts, and leaves the graph untouched', () => {
    const g = createGraph();
    upsertNode(g, 'outlet:o', { kind: 'outlet', label: 'O', aliases: [] });
    upsertNode(g, 'article:1', {
      kind: 'article',
      label: 'T',
      aliases: [],
      title: 'T',
      outlet: 'outlet:o',
      text: 'x y',
    });
    upsertNode(g, 'person:p', { kind: 'person', label: 'officials', aliases: [], anonymous: true });
    upsertEdge(g, { kind: 'cites', source: 'article:1', target: 'person:p', cue: 'said', evidence: [] });
    const before = JSON.stringify(g.export());
    const byId = new Map(toCyElements(g).map((e) => [e.data.id, e]));
    expect(byId.get('article:1')?.data.outlet).toBe('outlet:o');
    expect(byId.get('outlet:o')?.data.outlet).toBe('outlet:o');
    expect(byId.get('person:p')?.data).toMatchObject({ anonymous: true, cited: 1, outlet: '' });
    expect(byId.get('person:p')?.classes).toBe('person anonymous');
    const edge = byId.get('cites|article:1|person:p');
    expect(edge?.data).toMatchObject({ source: 'article:1', target: 'person:p', kind: 'cites', cue: 'said' });
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it('projects only the requested subset', () => {
    const g = createGraph();
    upsertNode(g, 'outlet:a', { kind: 'outlet', label: 'A', aliases: [] });
    upsertNode(g, 'outlet:b', { kind: 'outlet', label: 'B', aliases: [] });
    expect(toCyElements(g, ['outlet:b'], []).map((e) => e.data.id)).toEqual(['outlet:b']);
  });
});

describe('shortLabel', () => {
  it('keeps short labels and ellipsises long ones', () => {
    expect(shortLabel('WSJ')).toBe('WSJ');
    const long = shortLabel('a'.repeat(100));
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long.endsWith('…')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { SourcetraceGraph } from '../model';
import { createGraph, upsertEdge, upsertNode } from '../model';
import { cleanOrganizationName, consolidateEntities } from './consolidate-entities';
import { outletDirectory } from './outlet-directory';

const dir = outletDirectory([
  { name: 'The Wall Street Journal', domain: 'wsj.com', aliases: ['WSJ'], short: ['the Journal'] },
  { name: 'The Atlanta Journal-Constitution', domain: 'ajc.com', short: ['the Journal'] },
  { name: 'The Washington Post', domain: 'washingtonpost.com', short: ['the Post'] },
]);

function cite(graph: SourcetraceGraph, target: string, label: string, kind: 'outlet' | 'person' = 'person') {
  const article = `article:${target}`;
  upsertNode(graph, article, {
    kind: 'article',
    label: 'a',
    aliases: [],
    title: 'a',
    outlet: '',
    text: 'x'.repeat(10),
  });
  const attrs =
    kind === 'outlet' ? { kind, label, aliases: [] } : { kind, label, aliases: [], anonymous: false as const };
  upsertNode(graph, target, attrs);
  upsertEdge(graph, { kind: 'cites', source: article, target, evidence: [{ article, start: 0, end: 5 }] });
}

describe('consolidateEntities', () => {
  it('merges outlets by gazetteer alias and by a short name only one present outlet owns', () => {
    const graph = createGraph();
    cite(graph, 'outlet:wall-street-journal', 'The Wall Street Journal', 'outlet');
    cite(graph, 'outlet:wsj', 'WSJ', 'outlet');
    cite(graph, 'outlet:journal', 'Journal', 'outlet');
    expect(consolidateEntities(graph, dir)).toBe(2);
    expect(graph.filterNodes((_k, a) => a.kind === 'outlet')).toEqual(['outlet:wall-street-journal']);
    expect(graph.getNodeAttribute('outlet:wall-street-journal', 'aliases')).toEqual(['Journal', 'WSJ']);
    expect(graph.inDegree('outlet:wall-street-journal')).toBe(3);
  });

  it('leaves an ambiguous short name alone', () => {
    const graph = createGraph();
    cite(graph, 'outlet:wall-street-journal', 'The Wall Street Journal', 'outlet');
    cite(graph, 'outlet:atlanta-journal-constitution', 'The Atlanta Journal-Constitution', 'outlet');
    cite(graph, 'outlet:journal', 'Journal', 'outlet');
    expect(consolidateEntities(graph, dir)).toBe(0);
    expect(graph.hasNode('outlet:journal')).toBe(true);
  });

  it('joins a surname to the one person who carries it, not when two do', () => {
    const graph = createGraph();
    cite(graph, 'person:tomas-reyes', 'Tomas Reyes');
    cite(graph, 'person:reyes', 'Reyes');
    cite(graph, 'person:ana-kelly', 'Ana Kelly');
    cite(graph, 'person:bo-kelly', 'Bo Kelly');
    cite(graph, 'person:kelly', 'Kelly');
    expect(consolidateEntities(graph, dir)).toBe(1);
    expect(graph.hasNode('person:reyes')).toBe(false);
    expect(graph.getNodeAttribute('person:tomas-reyes', 'aliases')).toEqual(['Reyes']);
    expect(graph.hasNode('person:kelly')).toBe(true);
  });

  it('never merges anonymous sources', () => {
    const graph = createGraph();
    for (const key of ['person:herald-officials', 'person:post-officials']) {
      upsertNode(graph, key, { kind: 'person', label: 'U.S. officials', aliases: [], anonymous: true });
    }
    expect(consolidateEntities(graph, dir)).toBe(0);
    expect(graph.order).toBe(2);
  });

  it('joins an acronym to the one organisation with those initials, not to a person or when two compete', () => {
    const graph = createGraph();
    const org = (key: string, label: string) => {
      upsertNode(graph, key, { kind: 'organization', label, aliases: [], anonymous: false });
      upsertEdge(graph, { kind: 'mentions', source: 'article:a', target: key, evidence: [] });
    };
    cite(graph, 'person:pia-lund', 'Pia Lund');
    upsertNode(graph, 'article:a', { kind: 'article', label: 'a', aliases: [], title: 'a', outlet: '', text: 'x' });
    org('organization:national-water-board', 'National Water Board');
    org('organization:nwb', 'NWB');
    org('organization:port-lane-authority', 'Port Lane Authority');
    org('organization:plain-law-association', 'Plain Law Association');
    org('organization:pla', 'PLA');
    org('organization:pl', 'PL');
    consolidateEntities(graph, dir);
    expect(graph.hasNode('organization:nwb')).toBe(false);
    expect(graph.getNodeAttribute('organization:national-water-board', 'aliases')).toContain('NWB');
    expect(graph.hasNode('organization:pla')).toBe(true);
    expect(graph.hasNode('organization:pl')).toBe(true);
  });

  it('reads an acronym as the name the same articles write out, when two names share its initials', () => {
    const graph = createGraph();
    const mention = (article: string, key: string, label: string) => {
      upsertNode(graph, article, { kind: 'article', label: 'a', aliases: [], title: 'a', outlet: '', text: 'x' });
      upsertNode(graph, key, { kind: 'organization', label, aliases: [], anonymous: false });
      upsertEdge(graph, { kind: 'mentions', source: article, target: key, evidence: [] });
    };
    for (const a of ['article:b', 'article:c']) {
      mention(a, 'organization:calvera-port-committee', 'Calvera Port Committee');
      mention(a, 'organization:cpc', 'CPC');
    }
    // The convention is more connected, but never written beside the acronym.
    for (const a of ['article:d', 'article:e', 'article:f'])
      mention(a, 'organization:calvera-port-convention', 'Calvera Port Convention');
    consolidateEntities(graph, dir);
    expect(graph.hasNode('organization:cpc')).toBe(false);
    expect(graph.getNodeAttribute('organization:calvera-port-committee', 'aliases')).toContain('CPC');
    expect(graph.degree('organization:calvera-port-convention')).toBe(3);
  });

  it('reads an acronym as the organisation an article named by it, and a capitalised word as that acronym', () => {
    const graph = createGraph();
    const node = (article: string, key: string, label: string, aliases: string[] = [], kind = 'organization') => {
      upsertNode(graph, article, { kind: 'article', label: 'a', aliases: [], title: 'a', outlet: '', text: 'x' });
      upsertNode(graph, key, { kind: kind as 'organization', label, aliases, anonymous: false });
      upsertEdge(graph, { kind: 'mentions', source: article, target: key, evidence: [] });
    };
    // One article wrote "the Velmar Front, also known as VRL": no initials would give it.
    node('article:b', 'organization:velmar-front', 'Velmar Front', ['VRL']);
    node('article:c', 'organization:vrl', 'VRL');
    node('article:d', 'person:vrl', 'Vrl', [], 'person');
    // Initials alone would pick this one.
    node('article:e', 'organization:valdane-river-league', 'Valdane River League');
    consolidateEntities(graph, dir);
    expect(graph.hasNode('organization:vrl')).toBe(false);
    expect(graph.hasNode('person:vrl')).toBe(false);
    expect(graph.degree('organization:velmar-front')).toBe(3);
    expect(graph.degree('organization:valdane-river-league')).toBe(1);
  });

  it('merges organisations by their name without the words that describe them', () => {
    const graph = createGraph();
    const org = (key: string, label: string) =>
      upsertNode(graph, key, { kind: 'organization', label, aliases: [], anonymous: false });
    org('organization:high-court', 'High Court');
    org('organization:sitting-high-court', 'sitting High Court');
    org('organization:pro-business-high-court', 'pro-business High Court');
    consolidateEntities(graph, dir);
    expect(
      graph.filterNodes((_k, a) => a.kind === 'organization').map((k) => graph.getNodeAttribute(k, 'label')),
    ).toEqual(['High Court']);
  });

  it('merges one-word organisations by their own label, not by an alias', () => {
    const graph = createGraph();
    const org = (key: string, label: string, aliases: string[] = []) =>
      upsertNode(graph, key, { kind: 'organization', label, aliases, anonymous: false });
    org('organization:senate', 'Senate');
    org('organization:majorities-in-senate', 'majorities in Senate');
    org('organization:velmar-front', 'Velmar Front', ['Senate']);
    consolidateEntities(graph, dir);
    const senates = graph.filterNodes((_k, a) => a.label === 'Senate');
    expect(senates).toHaveLength(1);
    expect(graph.getNodeAttribute(senates[0]!, 'aliases')).toContain('majorities in Senate');
    expect(graph.getNodeAttribute('organization:velmar-front', 'label')).toBe('Velmar Front');
  });
});

describe('cleanOrganizationName', () => {
  it('drops the lower-case words before the name and a possessive', () => {
    expect(cleanOrganizationName('the pro-business High Court')).toBe('High Court');
    expect(cleanOrganizationName("Acme Holdings'")).toBe('Acme Holdings');
    expect(cleanOrganizationName('3M')).toBe('3M');
    expect(cleanOrganizationName('the media')).toBeNull();
    expect(cleanOrganizationName('20,000 Calvera Port Committee')).toBe('Calvera Port Committee');
    expect(cleanOrganizationName("Monday's High Court")).toBe('High Court');
    // An owner stays: the node may be something else the name was read into.
    expect(cleanOrganizationName("Lund's Port Committee")).toBe("Lund's Port Committee");
  });
});

describe('a country before a body’s name', () => {
  it('joins the bare name the corpus uses far more, and a city’s body stays its own', () => {
    const graph = createGraph();
    upsertNode(graph, 'article:a', { kind: 'article', label: 'a', aliases: [], title: 'a', outlet: '', text: 'x' });
    const org = (key: string, label: string, edges: number) => {
      upsertNode(graph, key, { kind: 'organization', label, aliases: [], anonymous: false });
      for (let i = 0; i < edges; i++) {
        const claim = `claim:${key}-${i}`;
        upsertNode(graph, claim, { kind: 'claim', label: 'c', aliases: [], text: 'c' });
        upsertEdge(graph, { kind: 'asserts', source: key, target: claim, evidence: [] });
      }
    };
    org('organization:high-court', 'High Court', 9);
    org('organization:us-high-court', 'U.S. High Court', 2);
    org('organization:calvera-high-court', 'Calvera High Court', 1);
    org('organization:norway-port-board', 'Norway Port Board', 1);
    consolidateEntities(graph, dir);
    expect(graph.hasNode('organization:us-high-court')).toBe(false);
    expect(graph.degree('organization:high-court')).toBe(11);
    expect(graph.hasNode('organization:calvera-high-court')).toBe(true);
    expect(graph.hasNode('organization:norway-port-board')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { StoryBuilder } from '../test-support/story-builder';
import { claimPathEdges, stepEdge } from './claim-path-edges';
import { claimPaths } from './claim-paths';

// An invented story: the Ledger quotes officials; a spokeswoman denies it, a councillor agrees.
function story() {
  const b = new StoryBuilder();
  const text = 'Officials said the dock would close. Ana Ruiz denied that. Tom Lee agreed. Ruiz denied the fee rise.';
  const ledger = b.outlet('The Ledger');
  const article = b.article('ledger-1', ledger, text);
  const claim = b.claim('dock', 'the dock would close');
  const fee = b.claim('fee', 'the fee rise');
  const officials = b.person('officials', true);
  const ruiz = b.person('Ana Ruiz');
  const lee = b.person('Tom Lee');
  const at = (phrase: string, cue?: string) => ({ in: article, phrase, cue });
  return {
    b,
    claim,
    publishes: b.graph.findOutEdge(ledger, article, (_e, a) => a.kind === 'publishes')!,
    cites: b.edge('cites', article, officials, at('Officials said', 'said')),
    asserts: b.edge('asserts', officials, claim, at('the dock would close')),
    reports: b.edge('reports', article, claim, at('the dock would close')),
    denies: b.edge('disputes', ruiz, claim, at('Ana Ruiz denied', 'denied')),
    agrees: b.edge('supports', lee, claim, at('Tom Lee agreed', 'agreed')),
    deniesFee: b.edge('disputes', ruiz, fee, at('Ruiz denied the fee rise', 'denied')),
  };
}

describe('claimPathEdges', () => {
  it('gives the edge of every step of every path, the first node none', () => {
    const s = story();
    const traced = claimPaths(s.b.graph, s.claim);
    expect(traced.paths.map((p) => p.map((n) => n.label))).toEqual([['The Ledger', 'ledger-1', 'officials']]);
    expect(claimPathEdges(s.b.graph, traced).steps).toEqual([[null, s.publishes, s.cites]]);
  });

  it("finds each path article's report of the claim", () => {
    const s = story();
    const edges = claimPathEdges(s.b.graph, claimPaths(s.b.graph, s.claim));
    expect(edges.reports).toEqual([{ article: 'article:ledger-1', edge: s.reports }]);
  });

  it("keeps the disputers' disputes of this claim and support of it, not disputes of other claims", () => {
    const s = story();
    const traced = claimPaths(s.b.graph, s.claim);
    expect(traced.disputedBy.map((d) => d.label)).toEqual(['Ana Ruiz']);
    const stances = claimPathEdges(s.b.graph, traced).stances;
    // In edge-key order: disputes|… before supports|….
    expect(stances.map((x) => [x.edge, x.cue])).toEqual([
      [s.denies, 'denied'],
      [s.agrees, 'agreed'],
    ]);
  });
});

describe('stepEdge', () => {
  it('tells a citation from an authorship between the same two nodes by the cue', () => {
    const b = new StoryBuilder();
    const article = b.article('a', b.outlet('Post'), 'The letter, written by Ruiz, asked for help.');
    const letter = b.document('letter');
    const ruiz = b.person('Ruiz');
    const authored = b.edge('authored', ruiz, letter, { in: article, phrase: 'written by' });
    const cites = b.edge('cites', letter, ruiz, { in: article, phrase: 'asked', cue: 'asked' });
    expect(stepEdge(b.graph, letter, ruiz, 'asked')).toBe(cites);
    expect(stepEdge(b.graph, letter, ruiz, null)).toBe(authored);
    expect(stepEdge(b.graph, ruiz, letter, null)).toBeNull();
  });
});

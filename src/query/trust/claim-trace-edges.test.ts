import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourcetraceGraph } from '../../model';
import { echoStory } from '../../test-support/echo-story';
import { MoveEdges } from '../move-edges';
import { nodesByKind } from '../nodes-by-kind';
import { StoryBuilder } from '../../test-support/story-builder';
import { syntheticCorpus } from '../../test-support/story-corpus';
import { claimTraceEdges, tracedEdges } from './claim-trace-edges';
import { claimTraces } from './claim-traces';

const TEXT = 'Someone said it. The Wire, citing memos, said so. Others cite papers.';
const PHRASES = ['Someone said', 'it', 'The Wire', 'citing memos', 'Others cite', 'papers'];

// Random small graphs of the model's shape with documents, authors, and evidence spread over sentences, so
// outlet-level citations are followed or not depending on the statement a trace arrives with.
const graphs = fc
  .record({
    outlets: fc.integer({ min: 1, max: 4 }),
    people: fc.integer({ min: 1, max: 4 }),
    claims: fc.integer({ min: 1, max: 3 }),
    links: fc.array(
      fc.tuple(fc.nat(40), fc.nat(40), fc.nat(5), fc.constantFrom('cites', 'asserts', 'reports', 'authored')),
      { maxLength: 50 },
    ),
  })
  .map(({ outlets, people, claims, links }) => {
    const b = new StoryBuilder();
    const o = Array.from({ length: outlets }, (_, i) => b.outlet(`o${i}`));
    const a = Array.from({ length: outlets * 2 }, (_, i) => b.article(`a${i}`, o[i % outlets]!, TEXT));
    const p = [...Array.from({ length: people }, (_, i) => b.person(`p${i}`, i % 2 === 0)), b.document('memos')];
    const c = Array.from({ length: claims }, (_, i) => b.claim(`c${i}`, `claim ${i}`));
    const pick = <T>(list: T[], n: number) => list[n % list.length] as T;
    for (const [x, y, z, kind] of links) {
      const at = { in: pick(a, x + y), phrase: PHRASES[z] };
      if (kind === 'cites') b.edge('cites', pick([...a, ...o, ...p], x), pick([...o, ...p], y), at);
      if (kind === 'asserts') b.edge('asserts', pick([...o, ...p], x), pick(c, y), at);
      if (kind === 'reports') b.edge('reports', pick(a, x), pick(c, y), { in: pick(a, x), phrase: PHRASES[z] });
      if (kind === 'authored') b.edge('authored', pick(p, x), pick(p, p.length - 1), at);
    }
    return b.graph;
  });

/** What chainCounts counted before claimTraceEdges existed: every trace built and its hops collected. */
function expectSameAsTraces(graph: SourcetraceGraph): void {
  const moves = new MoveEdges(graph);
  for (const claim of nodesByKind(graph, 'claim')) {
    const fast = [...claimTraceEdges(graph, claim, moves)].sort();
    expect(fast).toEqual([...tracedEdges(claimTraces(graph, claim))].sort());
  }
}

describe('claimTraceEdges', () => {
  it('equals the edges of the traces on the echo story and a corpus-shaped graph', () => {
    const s = echoStory();
    expectSameAsTraces(s.graph);
    expect(claimTraceEdges(s.graph, s.claim).size).toBeGreaterThan(5);
    expectSameAsTraces(syntheticCorpus(600).graph);
  });

  it('follows an outlet-level citation only from the statement that makes the claim', () => {
    const b = new StoryBuilder();
    const wire = b.outlet('Wire');
    const memos = b.document('memos');
    const claim = b.claim('c', 'c');
    const first = b.article('first', b.outlet('First'), 'The Wire said c. The Wire, citing memos, said d.');
    const second = b.article('second', b.outlet('Second'), 'Elsewhere the Wire said c.');
    b.edge('reports', first, claim, { in: first, phrase: 'said c' });
    b.edge('reports', second, claim, { in: second, phrase: 'said c' });
    b.edge('cites', first, wire, { in: first, phrase: 'The Wire said c' });
    b.edge('cites', second, wire, { in: second, phrase: 'the Wire said' });
    const memo = b.edge('cites', wire, memos, { in: first, phrase: 'citing memos' });
    expect(claimTraceEdges(b.graph, claim).has(memo)).toBe(false);
    expectSameAsTraces(b.graph);
    b.edge('cites', second, wire, { in: first, phrase: 'The Wire, citing' });
    expect(claimTraceEdges(b.graph, claim).has(memo)).toBe(true);
    expectSameAsTraces(b.graph);
  });

  it('equals the edges of the traces on random graphs', () => {
    fc.assert(
      fc.property(graphs, (graph) => expectSameAsTraces(graph)),
      { numRuns: 300 },
    );
  });
});

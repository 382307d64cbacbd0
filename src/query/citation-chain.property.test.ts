import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citationChain } from './citation-chain';
import { StoryBuilder } from '../test-support/story-builder';

// Random small graphs of the model's shape, cycles included.
const graphs = fc
  .record({
    outlets: fc.integer({ min: 1, max: 5 }),
    people: fc.integer({ min: 1, max: 5 }),
    claims: fc.integer({ min: 1, max: 3 }),
    links: fc.array(fc.tuple(fc.nat(40), fc.nat(40), fc.constantFrom('cites', 'asserts', 'reports', 'publishes')), {
      maxLength: 40,
    }),
  })
  .map(({ outlets, people, claims, links }) => {
    const b = new StoryBuilder();
    const o = Array.from({ length: outlets }, (_, i) => b.outlet(`o${i}`));
    const a = o.map((outlet, i) => b.article(`a${i}`, outlet, 'Someone said it.'));
    const p = Array.from({ length: people }, (_, i) => b.person(`p${i}`, i % 2 === 0));
    const c = Array.from({ length: claims }, (_, i) => b.claim(`c${i}`, `claim ${i}`));
    const sources = [...o, ...p];
    for (const [x, y, kind] of links) {
      const pick = <T>(list: T[], n: number) => list[n % list.length] as T;
      if (kind === 'cites')
        b.edge('cites', pick([...a, ...o], x), pick(sources, y), { in: pick(a, x), phrase: 'said' });
      if (kind === 'asserts') b.edge('asserts', pick(sources, x), pick(c, y), { in: pick(a, y), phrase: 'it' });
      if (kind === 'reports') b.edge('reports', pick(a, x), pick(c, y), { in: pick(a, x), phrase: 'Someone said it' });
      if (kind === 'publishes') b.edge('publishes', pick(o, x), pick(a, y));
    }
    return { graph: b.graph, roots: [...c, ...a, ...o] };
  });

describe('citationChain (properties)', () => {
  it('ends, walks real edges once each, stays within bounds, and its primaries are reached leaves', () => {
    fc.assert(
      fc.property(graphs, fc.nat(), fc.integer({ min: 1, max: 6 }), ({ graph, roots }, r, maxDepth) => {
        const root = roots[r % roots.length] as string;
        const chain = citationChain(graph, root, { maxDepth });
        const edges = chain.hops.map((h) => h.edge);
        expect(new Set(edges).size).toBe(edges.length);
        for (const h of chain.hops) {
          expect(graph.hasEdge(h.edge)).toBe(true);
          expect(h.depth).toBeLessThanOrEqual(maxDepth);
        }
        const leaving = new Set(chain.hops.map((h) => h.from));
        for (const p of chain.primarySources) {
          expect(chain.nodes).toContain(p.key);
          expect(leaving.has(p.key)).toBe(false);
        }
        expect(chain.nodes[0]).toBe(root);
      }),
      { numRuns: 300 },
    );
  });
});

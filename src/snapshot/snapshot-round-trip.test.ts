import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeGraph } from '../model';
import { graphArb } from '../export/graph-arbitrary.test-helper';
import { readSnapshot } from './read-snapshot';
import { writeSnapshot } from './write-snapshot';

describe('snapshot round trip', () => {
  it('random graphs and views come back identical', async () => {
    await fc.assert(
      fc.asyncProperty(
        graphArb,
        fc.constantFrom<'full' | 'refs'>('full', 'refs'),
        async ({ graph, positions }, mode) => {
          const view = {
            positions: Object.fromEntries(positions),
            selection: graph.nodes().slice(0, 2),
            mode: 'network',
          };
          const result = readSnapshot(
            await writeSnapshot({ graph, view, articleMode: mode }),
            'random.sourcetrace.json',
          );
          if (!result.ok) throw new Error(result.problems.join('\n'));
          expect(serializeGraph(result.graph)).toEqual(serializeGraph(graph));
          expect(result.graph.getAttribute('name')).toBe(graph.getAttribute('name'));
          expect(result.snapshot.view).toEqual(view);
          expect(result.snapshot.articles).toHaveLength(graph.filterNodes((_k, a) => a.kind === 'article').length);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});

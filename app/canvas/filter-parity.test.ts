import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS } from '../../src/model';
import { buildViewGraph, MIN_BUDGET, type ViewGraph } from '../../src/projection';
import { testGraph } from '../../src/test-support/view-test-graph';
import { hiddenElements, viewStateOf, type FilterState } from '../store';

const DAYS = ['', '', '2025-02-01', '2025-04-15', '2025-07-01'];
/** Mostly off: several filters at once hide so much that the rest fits the budget and no overview is built. */
const rarely = <T>(off: T, on: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(off), weight: 2 }, on);

/** A random graph, and random filters, focus, expansions and threshold that refer to its nodes. */
const scenario = fc
  .record({ size: fc.integer({ min: 150, max: 360 }), seed: fc.integer({ min: 1, max: 1_000_000 }) })
  .chain(({ size, seed }) => {
    const graph = testGraph(size, seed);
    const nodes = graph.nodes();
    const outlets = graph.filterNodes((_k, a) => a.kind === 'outlet');
    const filters: fc.Arbitrary<FilterState> = fc.record({
      hiddenNodeKinds: rarely([], fc.subarray([...NODE_KINDS], { maxLength: 2 })),
      hiddenEdgeKinds: rarely([], fc.subarray([...EDGE_KINDS], { maxLength: 3 })),
      hiddenOutlets: rarely([], fc.subarray(outlets)),
      dateFrom: fc.constantFrom(...DAYS),
      dateTo: fc.constantFrom(...DAYS),
      hideAnonymous: rarely(false, fc.constant(true)),
      onlyDisputed: rarely(false, fc.constant(true)),
    });
    const focus = fc.option(fc.record({ key: fc.constantFrom(...nodes), hops: fc.integer({ min: 0, max: 3 }) }), {
      freq: 2,
    });
    return fc.record({
      graph: fc.constant(graph),
      filters,
      focus,
      expanded: fc.subarray(nodes, { maxLength: 3 }),
      minConfidence: fc.constantFrom(0, 0.3, 0.7),
    });
  });

const realNodeIds = (v: ViewGraph) => v.nodes.filter((n) => n.type === 'node').map((n) => n.id);
const realEdgeIds = (v: ViewGraph) => v.edges.filter((e) => e.type === 'edge').map((e) => e.id);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('one filter decision at every graph size', () => {
  it('the overview stands for exactly the nodes and edges the whole-graph canvas shows', () => {
    let overviews = 0;
    fc.assert(
      fc.property(scenario, ({ graph, filters, focus, expanded, minConfidence }) => {
        // The canvas path (graph within the element budget, drawn whole, filters as classes).
        const hidden = hiddenElements(graph, filters, focus, expanded, minConfidence);
        const visibleNodes = graph.filterNodes((k) => !hidden.nodes.has(k)).sort();
        const visibleEdges = graph.filterEdges((k) => !hidden.edges.has(k)).sort();
        // No dangling edges: an edge is shown only with both its ends.
        for (const e of visibleEdges) {
          expect(hidden.nodes.has(graph.source(e)) || hidden.nodes.has(graph.target(e))).toBe(false);
        }
        const state = viewStateOf(filters, focus, expanded, minConfidence);
        const all = buildViewGraph(graph, state, { budget: graph.order + graph.size + MIN_BUDGET });
        expect(all.mode).toBe('all');
        expect(realNodeIds(all).sort()).toEqual(visibleNodes);
        expect(realEdgeIds(all).sort()).toEqual(visibleEdges);
        // The overview path (above the budget): what it draws as itself is shown on the canvas, and what it
        // folds into aggregates makes up exactly the rest.
        const overview = buildViewGraph(graph, state, { budget: MIN_BUDGET });
        if (overview.mode === 'overview') overviews++;
        const hiddenCount = (r: Record<string, number>) => sum(Object.values(r));
        expect(hiddenCount(overview.hidden.nodes)).toBe(hidden.nodes.size);
        expect(hiddenCount(overview.hidden.edges)).toBe(hidden.edges.size);
        const shownNodes = new Set(visibleNodes);
        const shownEdges = new Set(visibleEdges);
        for (const id of realNodeIds(overview)) expect(shownNodes.has(id)).toBe(true);
        for (const id of realEdgeIds(overview)) expect(shownEdges.has(id)).toBe(true);
        const aggregateCounts = overview.nodes.map((n) => (n.type === 'aggregate' ? n.count : 0));
        expect(realNodeIds(overview).length + sum(aggregateCounts)).toBe(visibleNodes.length);
        const countedEdges = overview.edges.map((e) => (e.type === 'aggregate-edge' ? e.count : 0));
        expect(realEdgeIds(overview).length + sum(countedEdges) + overview.aggregated.internalEdges).toBe(
          visibleEdges.length,
        );
      }),
      { numRuns: 40 },
    );
    // Most filter states leave more than the minimum budget, so the overview path really ran.
    expect(overviews).toBeGreaterThan(2); // about a third of the runs
  }, 60_000); // up to 40 random graphs with two view graphs each: slow on a shared machine, not a budget
});

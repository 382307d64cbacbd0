import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, serializeGraph } from '../model';
import { echoStory } from '../test-support/echo-story';
import { applyReview } from './apply-review';
import { parseReviewDecisions, type ReviewDecision } from './decision-schema';

const story = echoStory();
const nodes = story.graph.nodes();
const edges = story.graph.edges();

const decision: fc.Arbitrary<Omit<ReviewDecision, 'id'>> = fc.oneof(
  fc.record({
    action: fc.constantFrom('accept' as const, 'reject' as const),
    target: fc.tuple(fc.constantFrom(...edges)),
  }),
  fc.record({
    action: fc.constant('set-kind' as const),
    target: fc.tuple(fc.constantFrom(...edges)),
    params: fc.record({ kind: fc.constantFrom(...EDGE_KINDS) }),
  }),
  fc.record({
    action: fc.constant('repoint' as const),
    target: fc.tuple(fc.constantFrom(...edges)),
    params: fc.record({ end: fc.constantFrom('source' as const, 'target' as const), node: fc.constantFrom(...nodes) }),
  }),
  fc.record({
    action: fc.constant('merge' as const),
    target: fc.uniqueArray(fc.constantFrom(...nodes), { minLength: 2, maxLength: 3 }),
  }),
  fc.record({
    action: fc.constant('split' as const),
    target: fc.tuple(fc.constantFrom(...nodes)),
    params: fc.record({
      key: fc.constantFrom('person:split-a', 'outlet:split-b'),
      label: fc.constant('Split'),
      articles: fc.subarray(Object.values(story.articles)),
    }),
  }),
  fc.record({
    action: fc.constant('rename' as const),
    target: fc.tuple(fc.constantFrom(...nodes)),
    params: fc.record({ label: fc.string({ minLength: 1 }) }),
  }),
);
const decisions = fc
  .array(decision, { maxLength: 12 })
  .map((list) => list.map((d, i) => ({ ...d, id: `d${i}` }) as ReviewDecision));

describe('applyReview (properties)', () => {
  it('never throws, is deterministic, keeps rejected edges out and accepted ones in', () => {
    fc.assert(
      fc.property(decisions, (list) => {
        const a = applyReview(story.graph, list);
        const b = applyReview(story.graph, list);
        expect(serializeGraph(a.graph)).toEqual(serializeGraph(b.graph));
        for (const key of a.rejected) expect(a.graph.hasEdge(key)).toBe(false);
        for (const key of a.accepted) expect(a.graph.hasEdge(key)).toBe(true);
        expect(a.outcomes.map((o) => o.id)).toEqual(list.map((d) => d.id));
        expect(parseReviewDecisions(JSON.parse(JSON.stringify(list)))).toEqual(list);
      }),
      { numRuns: 200 },
    );
    expect(story.graph.order).toBe(nodes.length); // the extracted graph was never touched
    expect(story.graph.size).toBe(edges.length);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphArb } from '../export/graph-arbitrary.test-helper';
import { foreignGraphJsonArb, graphJsonArb } from '../test-support/graph-json-arbitraries';
import { hostileTextArb } from '../test-support/hostile-text';
import { expectKeptEverything, expectValidGraph, pictureOf } from '../test-support/graph-checks';
import { fuzzRuns, propertyTimeout, withinBudget } from '../test-support/fuzz-budget';
import { deserializeGraph, mergeGraphs, parseGraphJson, SourcetraceError } from './index';

// Graph JSON through the model: validation throws only SourcetraceError('model/serialize'), an accepted
// graph is valid, and merging it into an existing graph only ever adds.
const RUNS = fuzzRuns(40);
const timeout = propertyTimeout(RUNS);

function parseOrTypedError(text: string) {
  try {
    return withinBudget('parseGraphJson', text, () => parseGraphJson(text));
  } catch (err) {
    if (err instanceof Error && err.message.includes('over the')) throw err;
    expect(err).toBeInstanceOf(SourcetraceError);
    expect((err as SourcetraceError).module).toBe('model/serialize');
    return undefined;
  }
}

describe('graph JSON on hostile input', () => {
  it('parseGraphJson accepts a valid graph or throws its typed error', { timeout }, () => {
    fc.assert(
      fc.property(fc.oneof(graphJsonArb, foreignGraphJsonArb, hostileTextArb()), (text) => {
        const graph = parseOrTypedError(text);
        if (graph) expectValidGraph(graph);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('mergeGraphs of an accepted graph into an existing one keeps everything that was there', { timeout }, () => {
    fc.assert(
      fc.property(graphArb, graphJsonArb, ({ graph }, text) => {
        const incoming = parseOrTypedError(text);
        const workspace = graph.copy();
        if (!incoming) return;
        mergeGraphs(workspace, incoming);
        expectKeptEverything(graph, workspace);
        expectValidGraph(workspace);
        // Idempotent: merging the same graph again changes nothing.
        const once = pictureOf(workspace);
        mergeGraphs(workspace, incoming);
        expect(pictureOf(workspace)).toEqual(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('deserializeGraph does not mutate the data it validates', { timeout }, () => {
    fc.assert(
      fc.property(graphJsonArb, (text) => {
        const data: unknown = JSON.parse(text);
        const before = JSON.stringify(data);
        try {
          deserializeGraph(data);
        } catch {
          // refusals are covered above; only the input matters here
        }
        expect(JSON.stringify(data)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});

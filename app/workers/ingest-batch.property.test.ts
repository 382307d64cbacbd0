import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphArb } from '../../src/export/graph-arbitrary.test-helper';
import { ingestFile } from '../../src/ingest';
import { linkedomParsers } from '../../src/ingest/linkedom-parsers';
import { hostileFileArb } from '../../src/test-support/hostile-files';
import { expectKeptEverything, expectValidGraph, pictureOf } from '../../src/test-support/graph-checks';
import { fuzzRuns, propertyTimeout, withinBudget } from '../../src/test-support/fuzz-budget';
import { addFileToBatch, createBatch, finishBatch } from './ingest-batch';

// An import batch starts from a copy of the workspace graph. Hostile files must never throw out of it,
// a file that yields nothing must leave the batch's graph as it was, and graph files may only add.
const RUNS = fuzzRuns(20);
const timeout = propertyTimeout(RUNS);

describe('an import batch with hostile files in it', () => {
  it('never throws, and what a bad file cannot load changes nothing that was there', { timeout }, () => {
    fc.assert(
      fc.property(graphArb, fc.array(hostileFileArb, { minLength: 1, maxLength: 3 }), ({ graph }, files) => {
        const batch = createBatch(graph.copy());
        for (const { name, bytes } of files) {
          const yields = ingestFile(name, bytes, { parsers: linkedomParsers });
          const before = pictureOf(batch.graph);
          const report = withinBudget(`addFileToBatch ${name}`, bytes, () =>
            addFileToBatch(batch, name, bytes, linkedomParsers),
          );
          expect(report.file).toBe(name);
          for (const p of report.problems) expect(typeof p).toBe('string');
          if (!yields.articles.length && !yields.graphs.length) {
            expect(report.problems.length).toBeGreaterThan(0);
            expect(pictureOf(batch.graph)).toEqual(before);
          }
          expectKeptEverything(graph, batch.graph);
        }
        const done = withinBudget('finishBatch', files, () => finishBatch(batch));
        expectValidGraph(done.graph);
      }),
      { numRuns: RUNS },
    );
  });
});

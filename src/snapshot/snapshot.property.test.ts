import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourcetraceError } from '../model';
import { graphArb } from '../export/graph-arbitrary.test-helper';
import { jsonValueArb, mutateJson, mutationArb, veryDeepJsonArb } from '../test-support/hostile-json';
import { EXTREME_NUMBERS, hostileTextArb, PROTO_KEYS } from '../test-support/hostile-text';
import { expectValidGraph } from '../test-support/graph-checks';
import { fuzzRuns, propertyTimeout, withinBudget } from '../test-support/fuzz-budget';
import {
  createSnapshot,
  migrateSnapshot,
  readSnapshot,
  restoreSnapshot,
  SNAPSHOT_VERSION,
  writeSnapshot,
} from './index';
import type { SnapshotMigration } from './index';

// Snapshots on hostile input: reading answers { ok: false, problems } rather than throw, never mutates
// what it was given (the caller's state stays as it was), and an accepted snapshot has a valid graph.
const RUNS = fuzzRuns(30);
const timeout = propertyTimeout(RUNS);

/** A real snapshot of a random graph, then a few structure-aware corruptions of its JSON. */
const snapshotTextArb = fc
  .tuple(graphArb, fc.constantFrom<'full' | 'refs'>('full', 'refs'), fc.array(mutationArb, { maxLength: 4 }))
  .map(async ([{ graph, positions }, articleMode, mutations]) => {
    const view = { positions: Object.fromEntries(positions), selection: graph.nodes().slice(0, 2), mode: 'network' };
    const snapshot = await createSnapshot({ graph, view, articleMode, createdAt: new Date(0) });
    return mutateJson(snapshot, mutations);
  });

/** A snapshot header with a hostile type or version around an otherwise plausible body. */
const headerTextArb = fc
  .tuple(
    fc.oneof(fc.constant('"sourcetrace-snapshot"'), jsonValueArb),
    fc.oneof(fc.constantFrom(...EXTREME_NUMBERS, '1', '2', '1.5', '"1"'), jsonValueArb),
    fc.constantFrom(...PROTO_KEYS),
  )
  .map(
    ([type, version, key]) =>
      `{"type":${type},"version":${version},"${key}":{"polluted":1},"graph":{"nodes":[],"edges":[]},"articles":[],"view":{},"createdAt":"2025-01-01T00:00:00Z"}`,
  );

function expectResult(result: ReturnType<typeof readSnapshot>, file: string): void {
  if (result.ok) {
    expect(result.snapshot.version).toBe(SNAPSHOT_VERSION);
    expectValidGraph(result.graph);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(p.startsWith(`snapshot: ${file}: `)).toBe(true);
  }
}

describe('snapshot reading on hostile input', () => {
  it('readSnapshot refuses or restores corrupted snapshots, never throws', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(snapshotTextArb, async (pending) => {
        const text = await pending;
        expectResult(
          withinBudget('readSnapshot', text, () => readSnapshot(text, 'w.sourcetrace.json')),
          'w.sourcetrace.json',
        );
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('readSnapshot refuses hostile headers and any text with a message', { timeout }, () => {
    fc.assert(
      fc.property(fc.oneof(headerTextArb, hostileTextArb(), jsonValueArb), (text) => {
        expectResult(
          withinBudget('readSnapshot', text, () => readSnapshot(text, 'w.json')),
          'w.json',
        );
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('a snapshot it accepts, with deep view state, can be saved again', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(veryDeepJsonArb, fc.constantFrom('filters', 'extra'), async (deep, where) => {
        const view = where === 'filters' ? `{"filters":{"outlets":${deep}}}` : `{"extra":${deep}}`;
        const text = `{"type":"sourcetrace-snapshot","version":1,"createdAt":"2025-01-01T00:00:00Z","graph":{"nodes":[],"edges":[]},"articles":[],"view":${view}}`;
        const result = withinBudget('readSnapshot deep view', text, () => readSnapshot(text, 'w.json'));
        expectResult(result, 'w.json');
        if (result.ok) await writeSnapshot({ graph: result.graph, view: result.snapshot.view });
      }),
      { numRuns: Math.max(5, Math.round(RUNS / 5)) },
    );
  });

  it('restoreSnapshot leaves the data it was given untouched, accepted or not', { timeout }, async () => {
    await fc.assert(
      fc.asyncProperty(snapshotTextArb, async (pending) => {
        const data: unknown = JSON.parse(await pending);
        const before = JSON.stringify(data);
        restoreSnapshot(data, 'w.json');
        expect(JSON.stringify(data)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('migrateSnapshot throws only its own error, and never mutates the input', () => {
    // Migrations that spread and add: a v1 file read by a hypothetical v3 reader.
    const migrations: Record<number, SnapshotMigration> = { 1: (d) => ({ ...d, extra: 1 }), 2: (d) => ({ ...d }) };
    fc.assert(
      fc.property(fc.oneof(headerTextArb, jsonValueArb), (text) => {
        const data: unknown = JSON.parse(text);
        const before = JSON.stringify(data);
        try {
          const out = migrateSnapshot(data, 'w.json', migrations, 3);
          expect(out.data.version).toBe(3);
        } catch (err) {
          expect(err).toBeInstanceOf(SourcetraceError);
          expect((err as SourcetraceError).module).toBe('snapshot');
        }
        expect(JSON.stringify(data)).toBe(before);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

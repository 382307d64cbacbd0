import type { z } from 'zod';
import type { SourcetraceGraph } from '../model';
import { SourcetraceError, deserializeGraph } from '../model';
import { migrateSnapshot } from './migrate-snapshot';
import type { Snapshot } from './snapshot-schema';
import { snapshotSchema } from './snapshot-schema';

export type SnapshotReadResult =
  { ok: true; snapshot: Snapshot; graph: SourcetraceGraph; migratedFrom?: number } | { ok: false; problems: string[] };

function describe(issue: z.core.$ZodIssue): string {
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}

/**
 * Validates a parsed snapshot, migrating older versions first, and rebuilds its graph. The caller swaps
 * its state only on `ok`, so a bad file never half-restores.
 */
export function restoreSnapshot(data: unknown, file = 'snapshot'): SnapshotReadResult {
  try {
    const { data: current, from } = migrateSnapshot(data, file);
    const parsed = snapshotSchema.safeParse(current);
    if (!parsed.success) {
      return { ok: false, problems: parsed.error.issues.slice(0, 5).map((i) => `snapshot: ${file}: ${describe(i)}`) };
    }
    const graph = deserializeGraph(parsed.data.graph);
    const name = parsed.data.graph.attributes?.name;
    if (name !== undefined) graph.setAttribute('name', name);
    const result: SnapshotReadResult = { ok: true, snapshot: parsed.data, graph };
    if (from !== parsed.data.version) result.migratedFrom = from;
    return result;
  } catch (err) {
    if (!(err instanceof SourcetraceError)) throw err;
    return { ok: false, problems: [err.module === 'snapshot' ? err.message : `snapshot: ${file}: ${err.message}`] };
  }
}

/** Parses and restores a `.sourcetrace.json` file's text. */
export function readSnapshot(text: string, file = 'snapshot'): SnapshotReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`snapshot: ${file}: not valid JSON (${(err as Error).message})`] };
  }
  return restoreSnapshot(data, file);
}

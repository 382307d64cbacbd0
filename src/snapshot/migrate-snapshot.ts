import { SourcetraceError } from '../model';
import { SNAPSHOT_TYPE, SNAPSHOT_VERSION } from './snapshot-schema';

/** Turns a snapshot of version `n` into version `n + 1`. */
export type SnapshotMigration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they read. Empty while version 1 is the only one; when version 2 comes,
 * `1: (v1) => v2` goes here and every version-1 file keeps opening.
 */
export const SNAPSHOT_MIGRATIONS: Readonly<Record<number, SnapshotMigration>> = {};

/** The oldest version that `migrations` can bring up to `current`. */
export function oldestReadableVersion(
  migrations: Readonly<Record<number, SnapshotMigration>>,
  current: number,
): number {
  let v = current;
  while (Object.hasOwn(migrations, v - 1)) v--;
  return v;
}

/**
 * Checks a parsed file's `type` and `version` and runs the migrations up to `current`. Refuses with
 * "needs Sourcetrace snapshot version N" when the version is newer than this code or too old to migrate.
 */
export function migrateSnapshot(
  data: unknown,
  file: string,
  migrations: Readonly<Record<number, SnapshotMigration>> = SNAPSHOT_MIGRATIONS,
  current: number = SNAPSHOT_VERSION,
): { data: Record<string, unknown>; from: number } {
  const fail = (detail: string) => new SourcetraceError('snapshot', `${file}: ${detail}`);
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { type?: unknown }).type !== SNAPSHOT_TYPE
  ) {
    throw fail(`not a Sourcetrace snapshot (no "type": "${SNAPSHOT_TYPE}")`);
  }
  const from = (data as { version?: unknown }).version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    throw fail('"version" is not a whole number ≥ 1');
  const oldest = oldestReadableVersion(migrations, current);
  const reads = oldest === current ? `version ${current}` : `versions ${oldest}–${current}`;
  if (from > current)
    throw fail(
      `needs Sourcetrace snapshot version ${from}; this Sourcetrace reads ${reads}. Update Sourcetrace to open it.`,
    );
  if (from < oldest)
    throw fail(
      `needs Sourcetrace snapshot version ${from}, which this Sourcetrace no longer reads (it reads ${reads}).`,
    );
  let out = data as Record<string, unknown>;
  for (let v = from; v < current; v++) out = { ...migrations[v]!(out), version: v + 1 };
  return { data: out, from };
}

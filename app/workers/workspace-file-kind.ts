import { SNAPSHOT_TYPE } from '../../src/snapshot';

/** Snapshots are JSON files with this double extension, so a file picker can tell them from plain graphs. */
export const SNAPSHOT_SUFFIX = '.sourcetrace.json';
/** Graph files other tools (and our own exports) produce that merge into the workspace. */
export const GRAPH_SUFFIXES = ['.graphml', '.gexf', '.json'] as const;
/** Larger files are refused before reading: a browser tab would run out of memory parsing them. */
export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

/** A File, or anything with a name and text (tests, pasted text). */
export interface NamedText {
  name: string;
  size?: number;
  text: () => Promise<string>;
}

export type WorkspaceFileKind = 'snapshot' | 'graph';

function isSnapshotJson(text: string): boolean {
  const head = text.slice(0, 500);
  return new RegExp(`"type"\\s*:\\s*"${SNAPSHOT_TYPE}"`).test(head);
}

/** Whether a file (by name, then by its JSON `type`) is a snapshot or a graph; undefined for neither. */
export function workspaceFileKind(name: string, text?: string): WorkspaceFileKind | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(SNAPSHOT_SUFFIX)) return 'snapshot';
  if (!GRAPH_SUFFIXES.some((s) => lower.endsWith(s))) return undefined;
  // A renamed snapshot still opens as one: its first key says what it is.
  if (lower.endsWith('.json') && text !== undefined && isSnapshotJson(text)) return 'snapshot';
  return 'graph';
}

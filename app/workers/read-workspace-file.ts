import { readGraphFile, type XmlParser } from '../../src/export';
import { serializeGraph, type SerializedSourcetraceGraph } from '../../src/model';
import { readSnapshot, type ViewState } from '../../src/snapshot';
import {
  GRAPH_SUFFIXES,
  MAX_OPEN_BYTES,
  SNAPSHOT_SUFFIX,
  workspaceFileKind,
  type NamedText,
} from './workspace-file-kind';

/**
 * A snapshot or graph file, read and validated into plain data that crosses from a worker: the graph as
 * graphology JSON (checked here, so the page takes it without a second check), or why it was refused.
 */
export type WorkspaceFileRead =
  | { kind: 'snapshot'; graph: SerializedSourcetraceGraph; view: ViewState; migratedFrom?: number }
  | { kind: 'graph'; graph: SerializedSourcetraceGraph; warnings: string[] }
  | { kind: 'refused'; problems: string[] };

/** How many of a graph file's problems the notice lists. */
const PROBLEMS_SHOWN = 8;

function refused(...problems: string[]): WorkspaceFileRead {
  return { kind: 'refused', problems };
}

/**
 * Reads a file dropped or picked to open: a snapshot (by name, or a renamed one by its `type`) or a
 * JSON, GraphML or GEXF graph. Runs in the workspace-file worker; pure apart from reading the file.
 */
export async function readWorkspaceFile(file: NamedText, xmlParser: XmlParser): Promise<WorkspaceFileRead> {
  let kind = workspaceFileKind(file.name);
  if (!kind) {
    const what = `not a snapshot (${SNAPSHOT_SUFFIX}) or a graph (${GRAPH_SUFFIXES.join(', ')})`;
    return refused(`export/open: ${file.name}: ${what}`);
  }
  if (file.size !== undefined && file.size > MAX_OPEN_BYTES) {
    return refused(`export/open: ${file.name}: ${Math.round(file.size / 1e6)} MB is more than this page can open`);
  }
  const text = await file.text();
  kind = workspaceFileKind(file.name, text);
  if (kind === 'snapshot') {
    const read = readSnapshot(text, file.name);
    if (!read.ok) return refused(...read.problems);
    const graph = serializeGraph(read.graph);
    const from = read.migratedFrom === undefined ? {} : { migratedFrom: read.migratedFrom };
    return { kind: 'snapshot', graph, view: read.snapshot.view, ...from };
  }
  const read = readGraphFile({ name: file.name, text }, xmlParser);
  if (!read.ok) return refused(...read.problems.slice(0, PROBLEMS_SHOWN));
  return { kind: 'graph', graph: serializeGraph(read.graph), warnings: read.warnings };
}

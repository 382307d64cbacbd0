import { importGraphFile, type XmlParser } from '../../src/export';
import { SNAPSHOT_TYPE, readSnapshot } from '../../src/snapshot';
import type { SourcetraceGraph } from '../../src/model';
import type { AppStore } from '../store';
import { applyStoreView, planRestore } from './snapshot-view';

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

/** Whether a file (by name, then by its JSON `type`) is a snapshot or a graph; undefined for neither. */
export function workspaceFileKind(name: string, text?: string): WorkspaceFileKind | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith(SNAPSHOT_SUFFIX)) return 'snapshot';
  if (!GRAPH_SUFFIXES.some((s) => lower.endsWith(s))) return undefined;
  // A renamed snapshot still opens as one: its first key says what it is.
  if (lower.endsWith('.json') && text !== undefined && isSnapshotJson(text)) return 'snapshot';
  return 'graph';
}

function isSnapshotJson(text: string): boolean {
  const head = text.slice(0, 500);
  return new RegExp(`"type"\\s*:\\s*"${SNAPSHOT_TYPE}"`).test(head);
}

async function readText(file: NamedText): Promise<string> {
  if (file.size !== undefined && file.size > MAX_OPEN_BYTES) {
    throw new Error(`export/open: ${file.name}: ${Math.round(file.size / 1e6)} MB is more than this page can open`);
  }
  return file.text();
}

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Saves `graph` as the workspace through the corpus slice (so it survives a reload) and shows it.
 * Refuses while the start-up graph loads or an import runs: either would overwrite it when it lands.
 */
async function adopt(store: AppStore, graph: SourcetraceGraph, keepArticles: boolean, name: string): Promise<void> {
  if (store.getState().status === 'loading') {
    throw new Error(`export/open: ${name}: the workspace is still loading; open the file again in a moment`);
  }
  if (!(await store.getState().adoptWorkspace(graph, keepArticles))) {
    throw new Error(`export/open: ${name}: an import is running; open the file once it has finished`);
  }
}

/**
 * Replaces the workspace with a snapshot and brings back its view: filters, chain and selection at
 * once, positions and viewport after the canvas has laid the graph out. A bad file changes nothing and
 * leaves its reasons in the export notice. Resolves to whether it opened.
 */
export async function openSnapshotFile(store: AppStore, file: NamedText): Promise<boolean> {
  const { setExportNotice } = store.getState();
  try {
    const read = readSnapshot(await readText(file), file.name);
    if (!read.ok) {
      setExportNotice({ tone: 'error', text: read.problems.join('\n') });
      return false;
    }
    const plan = planRestore(read.snapshot.view, read.graph, file.name);
    await adopt(store, read.graph, false, file.name);
    await store.getState().replaceDecisions(plan.decisions);
    applyStoreView(store.getState(), { selection: null, ...plan.store });
    // Queued after every change to the graph: the canvas applies it once their layout (if any) is done.
    store.getState().restoreView({ positions: plan.positions, viewport: plan.viewport });
    const from = read.migratedFrom ? ` (converted from version ${read.migratedFrom})` : '';
    const notes = plan.warnings.length ? ` — ${plan.warnings.join('; ')}` : '';
    setExportNotice({
      tone: 'info',
      text: `Opened ${file.name}${from}: ${read.graph.order} nodes, ${read.graph.size} edges${notes}`,
    });
    return true;
  } catch (err) {
    setExportNotice({ tone: 'error', text: messageOf(err) });
    return false;
  }
}

/**
 * Merges a JSON, GraphML or GEXF graph (ours or another tool's) into the workspace. The merge happens on
 * a copy that replaces the workspace only when the whole file was valid, so a bad file changes nothing.
 */
export async function importGraphFileInto(store: AppStore, file: NamedText, xmlParser: XmlParser): Promise<boolean> {
  const { setExportNotice } = store.getState();
  try {
    const text = await readText(file);
    const before = store.getState().graph;
    const workspace = before.copy() as SourcetraceGraph;
    const result = importGraphFile(workspace, { name: file.name, text }, xmlParser);
    if (!result.ok) {
      setExportNotice({ tone: 'error', text: result.problems.slice(0, 8).join('\n') });
      return false;
    }
    await adopt(store, workspace, true, file.name);
    const added = `${workspace.order - before.order} new nodes, ${workspace.size - before.size} new edges`;
    const warnings = result.warnings.length ? ` — ${result.warnings.join('; ')}` : '';
    setExportNotice({ tone: 'info', text: `Merged ${file.name}: ${added}${warnings}` });
    return true;
  } catch (err) {
    setExportNotice({ tone: 'error', text: messageOf(err) });
    return false;
  }
}

/** The browser's XML parser, in the shape the pure readers take. */
export function browserXmlParser(): XmlParser {
  return new DOMParser() as unknown as XmlParser;
}

/**
 * One entry point for the file picker and the window drop zone: snapshots replace the workspace,
 * graph files merge into it, anything else is refused with a message.
 */
export async function openWorkspaceFile(
  store: AppStore,
  file: NamedText,
  xmlParser: XmlParser = browserXmlParser(),
): Promise<boolean> {
  const lower = file.name.toLowerCase();
  let kind = workspaceFileKind(file.name);
  let text: string | undefined;
  if (kind === 'graph' && lower.endsWith('.json')) {
    // Read once to look inside; both paths below take the text from `cached`.
    text = await readText(file).catch(() => undefined);
    kind = text === undefined ? kind : workspaceFileKind(file.name, text);
  }
  const cached: NamedText = text === undefined ? file : { name: file.name, text: async () => text };
  if (kind === 'snapshot') return openSnapshotFile(store, cached);
  if (kind === 'graph') return importGraphFileInto(store, cached, xmlParser);
  store.getState().setExportNotice({
    tone: 'error',
    text: `export/open: ${file.name}: not a snapshot (${SNAPSHOT_SUFFIX}) or a graph (${GRAPH_SUFFIXES.join(', ')})`,
  });
  return false;
}

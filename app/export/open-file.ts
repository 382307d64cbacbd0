import { mergeGraphs, type SourcetraceGraph } from '../../src/model';
import type { AppStore } from '../store';
import type { WorkspaceFileRead } from '../workers/read-workspace-file';
import { readWorkspaceFileInWorker } from '../workers/read-workspace-file-in-worker';
import { graphFromTrustedJson } from '../workers/trusted-graph';
import type { NamedText } from '../workers/workspace-file-kind';
import { applyStoreView, planRestore } from './snapshot-view';

export {
  GRAPH_SUFFIXES,
  MAX_OPEN_BYTES,
  SNAPSHOT_SUFFIX,
  workspaceFileKind,
  type NamedText,
  type WorkspaceFileKind,
} from '../workers/workspace-file-kind';

/** Reads a file into plain, validated data: in a worker in the app, in-process in tests. */
export type ReadWorkspaceFile = (file: NamedText) => Promise<WorkspaceFileRead>;

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
 * once, positions and viewport after the canvas has laid the graph out.
 */
async function openSnapshot(store: AppStore, read: Extract<WorkspaceFileRead, { kind: 'snapshot' }>, name: string) {
  const graph = graphFromTrustedJson(read.graph);
  const plan = planRestore(read.view, graph, name);
  await adopt(store, graph, false, name);
  await store.getState().replaceDecisions(plan.decisions);
  applyStoreView(store.getState(), { selection: null, ...plan.store });
  // Queued after every change to the graph: the canvas applies it once their layout (if any) is done.
  store.getState().restoreView({ positions: plan.positions, viewport: plan.viewport });
  const from = read.migratedFrom ? ` (converted from version ${read.migratedFrom})` : '';
  const notes = plan.warnings.length ? ` — ${plan.warnings.join('; ')}` : '';
  const text = `Opened ${name}${from}: ${graph.order} nodes, ${graph.size} edges${notes}`;
  store.getState().setExportNotice({ tone: 'info', text });
}

/** Merges a graph (ours or another tool's) into a copy of the workspace, which then replaces it. */
async function mergeGraph(store: AppStore, read: Extract<WorkspaceFileRead, { kind: 'graph' }>, name: string) {
  const before = store.getState().graph;
  const workspace = before.copy() as SourcetraceGraph;
  mergeGraphs(workspace, graphFromTrustedJson(read.graph));
  await adopt(store, workspace, true, name);
  const added = `${workspace.order - before.order} new nodes, ${workspace.size - before.size} new edges`;
  const warnings = read.warnings.length ? ` — ${read.warnings.join('; ')}` : '';
  store.getState().setExportNotice({ tone: 'info', text: `Merged ${name}: ${added}${warnings}` });
}

/**
 * One entry point for the file picker and the window drop zone: snapshots replace the workspace, graph
 * files (JSON, GraphML, GEXF) merge into it, anything else is refused with a message. The file is read
 * and validated off the page (`read`); the workspace changes only once all of it was valid, so a bad
 * file changes nothing and leaves its reasons in the export notice. Resolves to whether it opened.
 */
export async function openWorkspaceFile(
  store: AppStore,
  file: NamedText,
  read: ReadWorkspaceFile = readWorkspaceFileInWorker,
): Promise<boolean> {
  const { setExportNotice } = store.getState();
  try {
    const result = await read(file);
    if (result.kind === 'refused') {
      setExportNotice({ tone: 'error', text: result.problems.join('\n') });
      return false;
    }
    if (result.kind === 'snapshot') await openSnapshot(store, result, file.name);
    else await mergeGraph(store, result, file.name);
    return true;
  } catch (err) {
    setExportNotice({ tone: 'error', text: messageOf(err) });
    return false;
  }
}

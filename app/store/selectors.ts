import type { SourcetraceGraph } from '../../src/model';
import { reviewedGraph } from '../review/reviewed-graph';
import type { AppState, FilterState } from './app-state';

// Module-level selectors: stable identities, so React never re-subscribes. Those returning a new object
// are meant for `useShallow`.
/** What review made of the extracted graph: the graph, accepted and rejected edges, each decision's outcome. */
export const selectReviewed = (s: AppState) => reviewedGraph(s.graph, s.graphVersion, s.decisions);
/** The graph on screen: the extracted graph with the review decisions replayed (memoised, see app/review). */
export const selectGraph = (s: AppState) => selectReviewed(s).graph;
/** The graph as built from the articles, before review: imports merge into it and the workspace stores it. */
export const selectExtractedGraph = (s: AppState) => s.graph;
export const selectGraphVersion = (s: AppState) => s.graphVersion;

/** The graph on screen at one version: a new object whenever the graph changes, even in place. */
export interface GraphRevision {
  readonly graph: SourcetraceGraph;
  readonly version: number;
}
// Keyed by graph object, as reviewedGraph is: a replaced graph takes its revision with it.
const revisions = new WeakMap<SourcetraceGraph, GraphRevision>();
/**
 * The graph on screen and its version as one value whose identity changes exactly when either does:
 * graphology mutates in place, so the graph object alone never signals a change. See useGraphRevision.
 */
export const selectGraphRevision = (s: AppState): GraphRevision => {
  const graph = selectGraph(s);
  const hit = revisions.get(graph);
  if (hit && hit.version === s.graphVersion) return hit;
  const revision = { graph, version: s.graphVersion };
  revisions.set(graph, revision);
  return revision;
};
export const selectStatus = (s: AppState) => s.status;
export const selectFirstFrame = (s: AppState) => s.firstFrame;
export const selectFirstSearch = (s: AppState) => s.firstSearch;
export const selectLoadError = (s: AppState) => s.loadError;
export const selectProgress = (s: AppState) => s.progress;
export const selectProblems = (s: AppState) => s.problems;
export const selectMode = (s: AppState) => s.mode;
export const selectChainTrail = (s: AppState) => s.chainTrail;
export const selectBudget = (s: AppState) => s.budget;
export const selectOverview = (s: AppState) => s.overview;
export const selectMapSources = (s: AppState) => s.mapSources;
export const selectDrawn = (s: AppState) => s.drawn;
export const selectDrawVersion = (s: AppState) => s.drawVersion;
export const selectFocus = (s: AppState) => s.focus;
export const selectExpanded = (s: AppState) => s.expanded;
export const selectSelection = (s: AppState) => s.selection;
export const selectHiddenOutlets = (s: AppState) => s.hiddenOutlets;
export const selectRevealRequest = (s: AppState) => s.revealRequest;
export const selectHovered = (s: AppState) => s.hovered;

// History: undo/redo of the view.
export const selectCanUndo = (s: AppState) => s.viewPast.length > 0;
export const selectCanRedo = (s: AppState) => s.viewFuture.length > 0;

// Export: the canvas hand-over, a view waiting to be restored, the layout it waits for.
export const selectExportNotice = (s: AppState) => s.exportNotice;
export const selectPendingView = (s: AppState) => s.pendingView;
export const selectLayoutRuns = (s: AppState) => s.layoutRuns;
export const selectLayoutRunning = (s: AppState) => s.layoutRunning;

/** The filter lists only (no actions), for `useShallow`. */
export const selectFilters = (s: AppState): FilterState => ({
  hiddenNodeKinds: s.hiddenNodeKinds,
  hiddenEdgeKinds: s.hiddenEdgeKinds,
  hiddenOutlets: s.hiddenOutlets,
  dateFrom: s.dateFrom,
  dateTo: s.dateTo,
  hideAnonymous: s.hideAnonymous,
  onlyDisputed: s.onlyDisputed,
});

/** The selected node's key, or null when nothing or an edge is selected. */
export const selectSelectedNode = (s: AppState) => (s.selection?.type === 'node' ? s.selection.key : null);

// Corpus: import, reader, persistence.
export const selectImportProgress = (s: AppState) => s.importProgress;
export const selectImportReport = (s: AppState) => s.importReport;
export const selectImportedArticles = (s: AppState) => s.importedArticles;
export const selectReaderArticle = (s: AppState) => s.readerArticle;
export const selectPersistenceError = (s: AppState) => s.persistenceError;

// Review: decisions, the confidence threshold.
export const selectDecisions = (s: AppState) => s.decisions;
export const selectMinConfidence = (s: AppState) => s.minConfidence;
export const selectReviewError = (s: AppState) => s.reviewError;

/** The user's renderer pick, or null while the canvas chooses by itself. */
export const selectRendererChoice = (s: AppState) => s.renderer;

import type { addDecision, ReviewDecision } from '../../src/review';
import type { EdgeKind, NodeKind, SourcetraceGraph } from '../../src/model';
import type { FirstFrame } from '../persistence/first-frame';
import type { SearchEntry } from '../persistence/search-record';
import type { WorkspaceStorage } from '../persistence';
import type { FileReport, ImportedArticle } from '../workers/ingest-types';
import type { IngestProgress } from '../workers/ingest-protocol';
import type { StartIngest } from '../workers/run-ingest-in-worker';

/*
 * The store's shape in one place: every slice's state and actions, and the types they share. The slices
 * (\*-slice.ts) implement these and import only this module, so no slice and no type imports another.
 */

export type LoadStatus = 'loading' | 'ready' | 'error';

export interface GraphState {
  /** The whole graph: the single source of truth. Cytoscape only ever draws a projection of it. */
  graph: SourcetraceGraph;
  /** Bumped on every change: graphology mutates in place, so React needs this as its signal. */
  graphVersion: number;
  status: LoadStatus;
  /** Why the last load failed, naming module and input; the previous graph is kept. */
  loadError: string | null;
  /** Articles extracted so far while a corpus builds, or null when idle. */
  progress: { done: number; total: number } | null;
  /** Lines or articles skipped by the last build, each naming its file and reason. */
  problems: string[];
}

export interface GraphActions {
  /** Replaces the graph (e.g. one built by the worker). */
  setGraph: (graph: SourcetraceGraph) => void;
  /** Validates graph JSON text and replaces the graph; on bad input records the error and keeps the old graph. */
  loadGraphJson: (json: string) => boolean;
  /** Call after mutating `graph` in place. */
  touchGraph: () => void;
  setLoadError: (message: string) => void;
  setProgress: (progress: { done: number; total: number } | null) => void;
  setProblems: (problems: string[]) => void;
}

export type GraphSlice = GraphState & GraphActions;

/** What is selected: one node or one edge, by its graph key. */
export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string } | null;

/** Which picture the canvas area shows. */
export const VIEW_MODES = ['network', 'chain'] as const;

export type ViewMode = (typeof VIEW_MODES)[number];

/** What the canvas draws: the whole graph, or an aggregated overview or citation map within the element budget. */
export interface Drawn {
  mode: 'all' | 'overview' | 'map';
  /** Elements handed to Cytoscape. */
  elements: number;
  /** Elements in the graph. */
  total: number;
  /** Nodes that pass the filters but are folded into aggregates. */
  aggregated: number;
}

/** Show only the n-hop neighbourhood of one node (plus the neighbours of nodes expanded by hand). */
export interface Focus {
  key: string;
  /** 1 to 3. */
  hops: number;
}

/**
 * What the canvas draws above the element budget while nothing is focused: the outlet-level citation map
 * (the default), or the detailed overview of every kind with its "N more …" groups.
 */
export const OVERVIEWS = ['map', 'detail'] as const;

export type Overview = (typeof OVERVIEWS)[number];

/** How Cytoscape draws: its 2D canvas renderer, or the same renderer with its (experimental) WebGL layer. */
export const RENDERERS = ['canvas', 'webgl'] as const;

export type Renderer = (typeof RENDERERS)[number];

export interface ViewState {
  /** The renderer the user picked; null until they do (the canvas then picks by what the GPU is). */
  renderer: Renderer | null;
  /**
   * Model positions of every node the canvas has laid out, by key (aggregates too). Kept here rather than in
   * the graph: a new Cytoscape instance, a node folded and unfolded again, or a filter put them back as they
   * were instead of laying them out again.
   */
  positions: Readonly<Record<string, Point>>;
  /** Most elements (nodes + edges) drawn as themselves; above it the canvas shows an overview. */
  budget: number;
  overview: Overview;
  /** The citation map draws this many of the most-cited people, organisations and documents too. */
  mapSources: number;
  drawn: Drawn | null;
  /** Bumped whenever the drawn elements change: the layout runs after each bump. */
  drawVersion: number;
  focus: Focus | null;
  /** Nodes whose neighbours are shown too while focused (expand/collapse). */
  expanded: string[];
  mode: ViewMode;
  /** Chain view breadcrumb: the nodes traced, in order; the last one is on screen. */
  chainTrail: string[];
  selection: Selection;
  /** Key of the element under the pointer, if any. */
  hovered: string | null;
  /** Layout progress of the canvas: lets the UI (and the e2e hook) know when positions are final. */
  layoutRunning: boolean;
  layoutRuns: number;
  /** Bumped to ask the canvas to bring the selection into view (search, chain steps). */
  revealRequest: number;
  /** A node chosen in search before the graph was in: revealed once it is and its stored view is back. */
  pendingReveal: string | null;
}

export interface ViewActions {
  /** Picks the renderer; the canvas recreates its Cytoscape instance with it. */
  setRenderer: (renderer: Renderer) => void;
  /** Records where nodes are now (after a layout, a drag, before the canvas is torn down); others stay. */
  keepPositions: (positions: Readonly<Record<string, Point>>) => void;
  select: (selection: Selection) => void;
  clearSelection: () => void;
  /** Selects a node and asks the canvas to centre on it. */
  reveal: (key: string) => void;
  /**
   * `reveal`, or while a reopen still reads the graph (or puts its stored view back) the same once that is
   * done, so a choice made from the stored search record is neither lost nor undone by the restored view.
   */
  revealWhenReady: (key: string) => void;
  /** Reveals the pending choice if the graph and its view are in (a node the graph lacks is dropped). */
  settlePendingReveal: () => void;
  setHovered: (key: string | null) => void;
  layoutStarted: () => void;
  layoutStopped: () => void;
  /** A layout was dropped before it finished (its elements changed): not a finished run. */
  layoutCancelled: () => void;
  /** Opens the chain view on `key` (a claim, article or outlet), after the current trail. */
  traceChain: (key: string) => void;
  /** Steps back to the trail entry at `index`. */
  chainBack: (index: number) => void;
  showNetwork: () => void;
  setBudget: (budget: number) => void;
  setOverview: (overview: Overview) => void;
  setMapSources: (count: number) => void;
  /** Called by the canvas after it synced its elements; `changed` asks for a layout. */
  elementsDrawn: (drawn: Drawn, changed: boolean) => void;
  /** Focuses on `key`'s neighbourhood; hops are clamped to 1–3. */
  focusOn: (key: string, hops: number) => void;
  clearFocus: () => void;
  /** Sets focus and expansion at once (a link being restored). */
  setFocus: (focus: Focus | null, expanded?: string[]) => void;
  /** Shows (or hides again) a node's neighbours while focused. */
  toggleExpanded: (key: string) => void;
  /** Opens the chain view on a whole breadcrumb at once (a link being restored); the selection stays. */
  openChain: (trail: string[]) => void;
}

export type ViewSlice = ViewState & ViewActions;

export interface FilterState {
  /** Sorted lists (not Sets) so they compare shallowly and serialise to the URL as they are. */
  hiddenNodeKinds: NodeKind[];
  hiddenEdgeKinds: EdgeKind[];
  /** Outlet node keys whose articles are hidden. */
  hiddenOutlets: string[];
  /** Inclusive ISO dates (YYYY-MM-DD) bounding article publication; '' means open. Undated articles stay. */
  dateFrom: string;
  dateTo: string;
  hideAnonymous: boolean;
  /** Show only disputed claims and what leads to them. */
  onlyDisputed: boolean;
}

export interface FilterActions {
  toggleNodeKind: (kind: NodeKind) => void;
  toggleEdgeKind: (kind: EdgeKind) => void;
  toggleOutlet: (outlet: string) => void;
  /** Hides every outlet in `all` except `outlet`. */
  onlyOutlet: (outlet: string, all: readonly string[]) => void;
  setDateRange: (from: string, to: string) => void;
  setHideAnonymous: (hide: boolean) => void;
  setOnlyDisputed: (only: boolean) => void;
  /** Replaces every filter at once (URL restore, undo). */
  setFilters: (filters: FilterState) => void;
  resetFilters: () => void;
}

export type FilterSlice = FilterState & FilterActions;

export interface Point {
  x: number;
  y: number;
}

/** Cytoscape's camera: model-to-screen zoom and pan, in CSS pixels. */
export interface Viewport {
  zoom: number;
  pan: Point;
}

export interface PngRequest {
  /** Size relative to the canvas in CSS pixels: 1, 2 or 4. */
  scale: number;
  background: 'transparent' | 'white';
  /** The whole drawing instead of what the viewport shows. */
  full: boolean;
}

/**
 * What the export menu may ask of the canvas. A small port rather than the Cytoscape instance, so the
 * store and the menu never depend on Cytoscape and can be tested with a fake.
 */
export interface CanvasPort {
  png: (request: PngRequest) => Blob;
  /** Model positions of every drawn node (hidden ones included). */
  positions: () => Record<string, Point>;
  /** Drawn fill colours by node key, as `#rrggbb`. */
  colors: () => Record<string, string>;
  viewport: () => Viewport;
}

/** A view waiting to be put back once the canvas has laid out the graph it belongs to. */
export interface PendingView {
  filters?: FilterState;
  selection?: Selection;
  /** Chain view breadcrumb to reopen; empty or absent means the network view. */
  chainTrail?: string[];
  positions?: Record<string, Point>;
  viewport?: Viewport;
  /** Applied once `layoutRuns` exceeds this (the layout triggered by the new graph has finished). */
  afterLayoutRuns: number;
}

export interface ExportNotice {
  tone: 'info' | 'error';
  text: string;
}

export interface ExportState {
  canvas: CanvasPort | null;
  pendingView: PendingView | null;
  /** The last export/open outcome, shown in the export menu. */
  exportNotice: ExportNotice | null;
  /** The share-link hash already applied (or written), so a remounted canvas does not apply it again. */
  appliedLink: string | null;
}

export interface ExportActions {
  setCanvas: (canvas: CanvasPort | null) => void;
  /** Queues `view` to be applied after the next finished layout. */
  restoreView: (view: Omit<PendingView, 'afterLayoutRuns'>) => void;
  viewRestored: () => void;
  setExportNotice: (notice: ExportNotice | null) => void;
  setAppliedLink: (hash: string | null) => void;
}

export type ExportSlice = ExportState & ExportActions;

/** The part of the state that undo/redo walks through: what the user set, not the graph or the camera. */
export interface ViewSnapshot {
  filters: FilterState;
  selection: Selection;
  mode: ViewMode;
  chainTrail: string[];
  focus: Focus | null;
  expanded: string[];
}

export interface HistoryState {
  viewPast: ViewSnapshot[];
  viewFuture: ViewSnapshot[];
}

export interface HistoryActions {
  undoView: () => void;
  redoView: () => void;
}

export type HistorySlice = HistoryState & HistoryActions;

/** What the corpus actions need from outside: a way to run an import and a place to keep the workspace. */
export interface CorpusServices {
  startIngest: StartIngest;
  storage: WorkspaceStorage;
  /** Resolves once the first frame has been painted (two animation frames); tests resolve at once. */
  afterFirstFrame?: () => Promise<void>;
}

/** The last import's outcome, for the per-file report. */
export interface ImportReport {
  status: 'done' | 'cancelled' | 'failed';
  files: FileReport[];
  /** Articles added to the workspace. */
  articles: number;
  message: string | null;
}

export interface CorpusState {
  /** Reader spans of the articles this app imported, by article key (other articles fall back to evidence). */
  importedArticles: Record<string, ImportedArticle>;
  importProgress: IngestProgress | null;
  importReport: ImportReport | null;
  /** Why the workspace could not be read or saved; the graph on screen is kept. */
  persistenceError: string | null;
  /** The article open in the reader. */
  readerArticle: string | null;
  /** While a reopen reads the whole graph: what the canvas drew of it last time, drawn meanwhile. */
  firstFrame: FirstFrame | null;
  /** While a reopen reads the whole graph: what search knows of its nodes, so search answers meanwhile. */
  firstSearch: SearchEntry[] | null;
  /**
   * The graph revision (selectGraphRevision: the reviewed graph at a version) whose search record is
   * stored: it is not written again. A revision, not the graph, because graphology mutates in place.
   */
  searchKeptFor: { readonly graph: SourcetraceGraph; readonly version: number } | null;
  /**
   * The workspace on screen is the stored one: not the sample corpus, nor a change being saved or that could
   * not be saved. Only then is what the canvas draws kept as the stored workspace's first frame.
   */
  storedOnScreen: boolean;
}

export interface CorpusActions {
  /** Reads files in the worker, merges them into the workspace, then saves; never changes anything on failure. */
  importFiles: (files: readonly File[]) => Promise<void>;
  /** Imports pasted text as one plain-text article. */
  importText: (text: string, name?: string) => Promise<void>;
  /** Stops the running import; the workspace (in memory and stored) stays as it was. */
  cancelImport: () => void;
  removeArticle: (key: string) => Promise<void>;
  /** Empties the workspace (the UI asks first). */
  clearWorkspace: () => Promise<void>;
  /**
   * Puts `graph` in place of the workspace and saves it (an opened snapshot, or a graph file merged into
   * a copy). `keepArticles` keeps the reader spans of articles still in the graph. False while an import runs.
   */
  adoptWorkspace: (graph: SourcetraceGraph, keepArticles: boolean) => Promise<boolean>;
  /**
   * Loads the saved workspace, if any; true when one was found and is now on screen. Its first frame, when
   * stored, is put in `firstFrame` for the canvas to paint while the graph itself is read in a worker.
   */
  restoreWorkspace: () => Promise<boolean>;
  openArticle: (key: string | null) => void;
  dismissImportReport: () => void;
  /**
   * Stores what the canvas draws now as the workspace's first frame, unless it is about to be outdated (a
   * reopen, an import or a save under way); false when it was not stored. Failures are not shown: it is a cache.
   */
  keepFirstFrame: (frame: FirstFrame) => Promise<boolean>;
  /**
   * Stores what search knows of the nodes of `revision` (`entries`) as the stored workspace's search record,
   * on the same conditions as `keepFirstFrame`, if `revision` is still on screen and not already stored.
   */
  keepSearch: (
    revision: { readonly graph: SourcetraceGraph; readonly version: number },
    entries: readonly SearchEntry[],
  ) => Promise<boolean>;
}

export type CorpusSlice = CorpusState & CorpusActions;

/** A decision as a reviewer makes it: everything but its id (derived from content and position). */
export type DecisionInput = Parameters<typeof addDecision>[1];

export interface ReviewState {
  /** Every review decision, oldest first; the drawn graph is the extracted one with these replayed. */
  decisions: ReviewDecision[];
  /** Edges whose confidence is below this are hidden (0 shows all). Like a filter, it never edits the graph. */
  minConfidence: number;
  /** True once the saved decisions were read (or found missing), so start-up does not overwrite new ones. */
  decisionsLoaded: boolean;
  /** Why decisions could not be read or saved; the decisions in memory are kept. */
  reviewError: string | null;
}

export interface ReviewActions {
  /** Records a decision and saves the list. */
  decide: (input: DecisionInput) => Promise<void>;
  /** Takes back the last decision and saves the list. */
  undoDecision: () => Promise<void>;
  /** Replaces every decision (an opened snapshot or JSON export); validates first, false when refused. */
  replaceDecisions: (decisions: unknown) => Promise<boolean>;
  /** Reads the saved decisions once (later calls wait for the same read). */
  restoreDecisions: () => Promise<void>;
  setMinConfidence: (min: number) => void;
}

export type ReviewSlice = ReviewState & ReviewActions;

/** The whole app state: every slice's state and actions. */
export type AppState = GraphSlice & ViewSlice & FilterSlice & ExportSlice & HistorySlice & CorpusSlice & ReviewSlice;

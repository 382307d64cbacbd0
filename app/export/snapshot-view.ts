import { z } from 'zod';
import type { SourcetraceGraph } from '../../src/model';
import { applyReview, parseReviewDecisions, type ReviewDecision } from '../../src/review';
import type { ViewState } from '../../src/snapshot';
import {
  OVERVIEWS,
  selectGraph,
  type AppState,
  type FilterState,
  type Focus,
  type Overview,
  type Selection,
  type Viewport,
} from '../store';
import type { Point } from '../store';
import { filtersOf, parseFilters, selectionIn } from './view-state';

const key = z.string().min(1).max(10_000);
/** What the app adds to the snapshot's loosely typed view, read back leniently (a bad field is left out). */
const extrasSchema = z.object({
  chainTrail: z.array(key).max(1000).catch([]),
  focusHops: z.number().int().min(1).max(3).catch(1),
  expanded: z.array(key).max(10_000).catch([]),
  review: z
    .object({ decisions: z.unknown().optional(), minConfidence: z.number().min(0).max(1).catch(0) })
    .optional()
    .catch(undefined),
  // Absent from snapshots written before the overview choice was kept: the current choice then stays.
  overview: z.enum(OVERVIEWS).optional().catch(undefined),
  mapSources: z.number().int().min(0).max(1000).optional().catch(undefined),
});

/** What a restored view puts into the store (the canvas gets positions and viewport separately). */
export interface StoreView {
  filters?: FilterState;
  chainTrail?: string[];
  selection?: Selection;
  focus?: Focus | null;
  expanded?: string[];
  minConfidence?: number;
  /** The overview choice (what the canvas draws above the element budget); absent keeps the current one. */
  overview?: Overview;
  mapSources?: number;
}

/** What is on screen, in the snapshot's view format. Positions and viewport come from the canvas, if any. */
export function captureView(state: AppState): ViewState {
  const view: ViewState = {
    filters: { ...filtersOf(state) },
    selection: state.selection ? [state.selection.key] : [],
    focus: state.focus?.key ?? null,
    mode: state.mode,
    chainTrail: state.mode === 'chain' ? [...state.chainTrail] : [],
    expanded: [...state.expanded],
    review: { decisions: state.decisions, minConfidence: state.minConfidence },
    overview: state.overview,
    mapSources: state.mapSources,
  };
  if (state.focus) view.focusHops = state.focus.hops;
  if (state.canvas) {
    view.positions = state.canvas.positions();
    view.viewport = state.canvas.viewport();
  }
  return view;
}

/** Puts filters, chain view, selection, focus and confidence threshold into the store. */
export function applyStoreView(state: AppState, view: StoreView): void {
  const shown = selectGraph(state);
  if (view.filters) state.setFilters(view.filters);
  if (view.minConfidence !== undefined) state.setMinConfidence(view.minConfidence);
  if (view.overview !== undefined) state.setOverview(view.overview);
  if (view.mapSources !== undefined) state.setMapSources(view.mapSources);
  if (view.chainTrail !== undefined) state.openChain(view.chainTrail.filter((k) => shown.hasNode(k)));
  if (view.selection !== undefined) {
    const k = view.selection?.key;
    state.select(k !== undefined && (shown.hasNode(k) || shown.hasEdge(k)) ? view.selection : null);
  }
  if (view.focus !== undefined) {
    const focus = view.focus && shown.hasNode(view.focus.key) ? view.focus : null;
    state.setFocus(
      focus,
      (view.expanded ?? []).filter((k) => shown.hasNode(k)),
    );
  }
}

export interface RestorePlan {
  store: StoreView;
  positions?: Record<string, Point>;
  viewport?: Viewport;
  /** Review decisions, validated; replayed onto the snapshot's graph they give what was drawn. */
  decisions: ReviewDecision[];
  /** What could not be restored, for the user to read. */
  warnings: string[];
}

/**
 * Validates a snapshot's view against its graph as it was drawn (review decisions replayed). Throws a
 * named error for bad filters or decisions; keys the graph lacks are dropped with a warning.
 */
export function planRestore(view: ViewState, graph: SourcetraceGraph, where: string): RestorePlan {
  const extras = extrasSchema.parse(view);
  const decisions = parseReviewDecisions(extras.review?.decisions ?? []);
  const shown = decisions.length > 0 ? applyReview(graph, decisions).graph : graph;
  const warnings: string[] = [];
  const missing = (what: string, k: string) => warnings.push(`${what} "${k.slice(0, 80)}" is not in the graph`);
  const wanted = view.selection?.[0];
  const selection = selectionIn(shown, wanted);
  if (wanted !== undefined && selection === null) missing('the selected', wanted);
  const trail = view.mode === 'chain' ? extras.chainTrail : [];
  const focusKey = view.focus ?? null;
  if (focusKey !== null && !shown.hasNode(focusKey)) missing('the focused', focusKey);
  const plan: RestorePlan = {
    store: {
      filters: parseFilters(view.filters ?? {}, where),
      selection,
      chainTrail: trail.filter((k) => shown.hasNode(k)),
      focus: focusKey !== null && shown.hasNode(focusKey) ? { key: focusKey, hops: extras.focusHops } : null,
      expanded: extras.expanded.filter((k) => shown.hasNode(k)),
      minConfidence: extras.review?.minConfidence ?? 0,
    },
    decisions,
    warnings,
  };
  if (extras.overview !== undefined) plan.store.overview = extras.overview;
  if (extras.mapSources !== undefined) plan.store.mapSources = extras.mapSources;
  if (trail.length > (plan.store.chainTrail?.length ?? 0))
    warnings.push('part of the chain breadcrumb is not in the graph');
  if (view.positions) {
    plan.positions = Object.fromEntries(Object.entries(view.positions).filter(([k]) => shown.hasNode(k)));
  }
  if (view.viewport) plan.viewport = { zoom: view.viewport.zoom, pan: { ...view.viewport.pan } };
  return plan;
}

import { z } from 'zod';
import { EDGE_KINDS, NODE_KINDS, type SourcetraceGraph } from '../../src/model';
import type { ViewState } from '../../src/snapshot';
import { EMPTY_FILTERS, type AppState, type FilterState, type PendingView, type Selection } from '../store';

const key = z.string().min(1).max(10_000);
const isoDay = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

/**
 * The app's filters as they travel in snapshots and links. Every field is optional so a file from an
 * app with fewer filters still opens; fields this app does not know are dropped.
 */
export const filtersSchema = z.object({
  hiddenNodeKinds: z.array(z.enum(NODE_KINDS)).optional(),
  hiddenEdgeKinds: z.array(z.enum(EDGE_KINDS)).optional(),
  hiddenOutlets: z.array(key).optional(),
  dateFrom: isoDay.optional(),
  dateTo: isoDay.optional(),
  hideAnonymous: z.boolean().optional(),
  onlyDisputed: z.boolean().optional(),
});

/** Filters from untrusted JSON, completed with the defaults; throws a named error on a bad field. */
export function parseFilters(value: unknown, where: string): FilterState {
  const parsed = filtersSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`export/view: ${where}: filters.${issue?.path.map(String).join('.')}: ${issue?.message}`);
  }
  const f = { ...EMPTY_FILTERS, ...parsed.data };
  // Sorted like the filter slice keeps them, so a restored view compares equal to the saved one.
  return {
    ...f,
    hiddenNodeKinds: [...f.hiddenNodeKinds].sort(),
    hiddenEdgeKinds: [...f.hiddenEdgeKinds].sort(),
    hiddenOutlets: [...new Set(f.hiddenOutlets)].sort(),
  };
}

/** The filter fields of the state, without actions. */
export function filtersOf(state: FilterState): FilterState {
  const { hiddenNodeKinds, hiddenEdgeKinds, hiddenOutlets, dateFrom, dateTo, hideAnonymous, onlyDisputed } = state;
  return { hiddenNodeKinds, hiddenEdgeKinds, hiddenOutlets, dateFrom, dateTo, hideAnonymous, onlyDisputed };
}

/** What is on screen, in the snapshot's view format. Positions and viewport come from the canvas, if any. */
export function captureView(state: AppState): ViewState {
  const chain = state.mode === 'chain' ? [...state.chainTrail] : [];
  const view: ViewState = {
    filters: { ...filtersOf(state) },
    selection: state.selection ? [state.selection.key] : [],
    // The node the view centres on: the traced one in the chain view, else the selected node.
    focus: chain.at(-1) ?? (state.selection?.type === 'node' ? state.selection.key : null),
    mode: chain.length > 0 ? 'chain' : 'network',
    chainTrail: chain,
  };
  if (state.canvas) {
    view.positions = state.canvas.positions();
    view.viewport = state.canvas.viewport();
  }
  return view;
}

/** A selected key as a node or edge of `graph`, or null when the graph has no such element. */
export function selectionIn(graph: SourcetraceGraph, keyName: string | undefined): Selection {
  if (keyName === undefined) return null;
  if (graph.hasNode(keyName)) return { type: 'node', key: keyName };
  if (graph.hasEdge(keyName)) return { type: 'edge', key: keyName };
  return null;
}

/** The chain breadcrumb a view carries beside the typed fields (kept by the snapshot's loose view schema). */
function chainTrailOf(view: ViewState): string[] {
  const parsed = z
    .array(key)
    .max(1000)
    .safeParse((view as { chainTrail?: unknown }).chainTrail ?? []);
  return parsed.success ? parsed.data : [];
}

/**
 * Puts filters, the chain view and the selection into the store. Camera and positions belong to the
 * canvas and are applied by its controller.
 */
export function applyStoreView(state: AppState, view: Omit<PendingView, 'afterLayoutRuns'>): void {
  if (view.filters) state.setFilters(view.filters);
  if (view.chainTrail !== undefined) state.openChain(view.chainTrail.filter((k) => state.graph.hasNode(k)));
  if (view.selection !== undefined) {
    const k = view.selection?.key;
    const known = k !== undefined && (state.graph.hasNode(k) || state.graph.hasEdge(k));
    state.select(known ? view.selection : null);
  }
}

export interface RestorePlan {
  view: Omit<PendingView, 'afterLayoutRuns'>;
  /** What could not be restored, for the user to read. */
  warnings: string[];
}

/** Turns a snapshot's view into what the app applies; keys missing from `graph` are dropped with a warning. */
export function planRestore(view: ViewState, graph: SourcetraceGraph, where: string): RestorePlan {
  const warnings: string[] = [];
  const plan: RestorePlan['view'] = { filters: parseFilters(view.filters ?? {}, where) };
  const wanted = view.selection?.[0];
  plan.selection = selectionIn(graph, wanted);
  if (wanted !== undefined && plan.selection === null)
    warnings.push(`the selected "${wanted.slice(0, 80)}" is not in the graph`);
  const trail = chainTrailOf(view);
  const kept = trail.filter((k) => graph.hasNode(k));
  if (kept.length < trail.length) warnings.push('part of the chain breadcrumb is not in the graph');
  plan.chainTrail = view.mode === 'chain' ? kept : [];
  if (view.positions) {
    plan.positions = Object.fromEntries(Object.entries(view.positions).filter(([k]) => graph.hasNode(k)));
  }
  if (view.viewport) plan.viewport = { zoom: view.viewport.zoom, pan: { ...view.viewport.pan } };
  return { view: plan, warnings };
}

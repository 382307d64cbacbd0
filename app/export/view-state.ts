import { z } from 'zod';
import { EDGE_KINDS, NODE_KINDS, type SourcetraceGraph } from '../../src/model';
import type { ShownView } from './build-export';
import { EMPTY_FILTERS, type AppState, type FilterState, type Selection } from '../store';

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

/** What decides what is shown, for exports that respect it. */
export function shownViewOf(state: AppState): ShownView {
  return {
    filters: filtersOf(state),
    focus: state.focus,
    expanded: state.expanded,
    minConfidence: state.minConfidence,
  };
}

/** The filter fields of the state, without actions. */
export function filtersOf(state: FilterState): FilterState {
  const { hiddenNodeKinds, hiddenEdgeKinds, hiddenOutlets, dateFrom, dateTo, hideAnonymous, onlyDisputed } = state;
  return { hiddenNodeKinds, hiddenEdgeKinds, hiddenOutlets, dateFrom, dateTo, hideAnonymous, onlyDisputed };
}

/** A selected key as a node or edge of `graph`, or null when the graph has no such element. */
export function selectionIn(graph: SourcetraceGraph, keyName: string | undefined): Selection {
  if (keyName === undefined) return null;
  if (graph.hasNode(keyName)) return { type: 'node', key: keyName };
  if (graph.hasEdge(keyName)) return { type: 'edge', key: keyName };
  return null;
}

import type { SourcetraceGraph } from '../model';
import { applyFilters } from './apply-filters';
import { buildCitationMap } from './citation-map';
import { emitElements } from './emit-elements';
import { expansionPages } from './expansions';
import { getGraphIndex } from './graph-index';
import { Overview } from './overview';
import { selectShown } from './select-shown';
import type { ViewGraph, ViewGraphOptions, ViewState } from './types';

export const DEFAULT_BUDGET = 3000;
export const DEFAULT_PAGE_SIZE = 100;
/** The four catch-all aggregates and every counted edge between them (4 + 4 × 4 × 9 kinds) always fit. */
export const MIN_BUDGET = 150;
/** Sources the citation map draws besides outlets unless told otherwise: outlets only. */
export const DEFAULT_MAP_SOURCES = 0;

/** A view state that hides nothing. */
export const EMPTY_VIEW_STATE: ViewState = {
  hiddenNodeKinds: [],
  hiddenEdgeKinds: [],
  hiddenOutlets: [],
  dateRange: null,
  hideAnonymous: false,
  onlyDisputed: false,
  minConfidence: 0,
  focus: null,
  expanded: [],
};

/**
 * What the renderer should draw for `graph` under `state`: every element that passes the filters and the
 * focus when they fit in the budget, otherwise an aggregated overview (outlets, the most-cited sources,
 * claim clusters and "N more …" aggregates with counted edges) that never exceeds it — or, with
 * `overview: 'map'` and nothing focused or expanded, the outlet-level citation map. Pure and deterministic:
 * the graph is only read, and equal inputs give equal, id-sorted output.
 */
export function buildViewGraph(graph: SourcetraceGraph, state: ViewState, options: ViewGraphOptions = {}): ViewGraph {
  const budget = options.budget ?? DEFAULT_BUDGET;
  if (!(budget >= MIN_BUDGET)) throw new RangeError(`view-graph: budget ${budget} is below the minimum ${MIN_BUDGET}`);
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const index = getGraphIndex(graph);
  const filter = applyFilters(index, state);
  const hiddenNodes = Object.values(filter.hiddenNodes).reduce((a, b) => a + b, 0);
  const hiddenEdges = Object.values(filter.hiddenEdges).reduce((a, b) => a + b, 0);
  const visibleNodes = index.keys.length - hiddenNodes;
  const visibleEdges = index.src.length - hiddenEdges;
  const common = {
    budget,
    totals: { nodes: index.keys.length, edges: index.src.length },
    hidden: { nodes: filter.hiddenNodes, edges: filter.hiddenEdges },
    focus: filter.focus,
  };
  if (visibleNodes + visibleEdges <= budget) {
    const rep = new Int32Array(index.keys.length);
    for (let v = 0; v < rep.length; v++) rep[v] = filter.nodeReason[v] === 0 ? v : -1;
    const pages = expansionPages(state.expanded);
    const { nodes, edges } = emitElements({ index, filter, rep, aggregates: [], countedEdges: [], pages });
    return { ...common, mode: 'all', nodes, edges, aggregated: { nodes: 0, edges: 0, internalEdges: 0 } };
  }
  if (options.overview === 'map' && !state.focus && expansionPages(state.expanded).size === 0) {
    const map = buildCitationMap(index, filter, { budget, sources: options.mapSources ?? DEFAULT_MAP_SOURCES });
    const aggregated = { nodes: visibleNodes - map.nodes.length, edges: visibleEdges, internalEdges: 0 };
    return { ...common, mode: 'map', nodes: map.nodes, edges: map.edges, aggregated };
  }
  const overview = new Overview(index, filter.edgeReason, filter.nodeReason);
  const pages = selectShown(overview, index, filter.edgeReason, state, budget, pageSize);
  const { nodes, edges, realEdges } = emitElements({
    index,
    filter,
    rep: overview.rep,
    aggregates: overview.aggregates(),
    countedEdges: overview.countedEdges(),
    pages,
  });
  const aggregated = {
    nodes: visibleNodes - overview.shown,
    edges: visibleEdges - realEdges,
    internalEdges: overview.internalEdges,
  };
  return { ...common, mode: 'overview', nodes, edges, aggregated };
}

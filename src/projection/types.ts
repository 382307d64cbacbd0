import type { EdgeKind, NodeKind } from '../model';

/** A set given either as a `Set` or as a (sorted) array, as the app's store keeps it. */
export type Collection<T> = ReadonlySet<T> | readonly T[];

/** Everything the user set that decides what is drawn. Never stored on the graph. */
export interface ViewState {
  hiddenNodeKinds: Collection<NodeKind>;
  hiddenEdgeKinds: Collection<EdgeKind>;
  /** Outlet node keys: the outlet and its articles are hidden. */
  hiddenOutlets: Collection<string>;
  /** Inclusive day range (ISO dates; only the `YYYY-MM-DD` part counts). Undated articles stay visible. */
  dateRange: { from?: string; to?: string } | null;
  hideAnonymous: boolean;
  onlyDisputed: boolean;
  /** Edges with a confidence below this are hidden; hand-authored edges (no confidence) never are. */
  minConfidence: number;
  focus: { key: string; hops: number } | null;
  /** Aggregate ids and node keys the user expanded; `id#2`, `id#3`… ask for further pages. */
  expanded: Collection<string>;
}

export interface ViewGraphOptions {
  /** Most elements (nodes + edges) to hand to the renderer. */
  budget?: number;
  /**
   * What to draw above the budget when nothing is focused or expanded: `detail` (default) the aggregated
   * overview of every kind, `map` the outlet-level citation map (see `buildCitationMap`).
   */
  overview?: 'detail' | 'map';
  /** In the map: how many of the most-cited people, organisations and documents to draw besides outlets. */
  mapSources?: number;
  /** How many members one expansion (or one further page of it) releases. */
  pageSize?: number;
}

/**
 * Why a node is not drawn, first reason wins, so the counts add up. `unreached`: an outlet or date filter is
 * on and no shown article leads to the node. What each filter means is documented on `applyFilters`.
 */
export const NODE_HIDE_REASONS = ['nodeKind', 'outlet', 'date', 'anonymous', 'disputed', 'unreached', 'focus'] as const;
export type NodeHideReason = (typeof NODE_HIDE_REASONS)[number];

/** Why an edge is not drawn; `endpoint` means one of its nodes is hidden. */
export const EDGE_HIDE_REASONS = ['edgeKind', 'confidence', 'endpoint'] as const;
export type EdgeHideReason = (typeof EDGE_HIDE_REASONS)[number];

/** Kinds of aggregate: what their members are. */
export const AGGREGATE_GROUPS = ['outlets', 'articles', 'sources', 'claims'] as const;
export type AggregateGroup = (typeof AGGREGATE_GROUPS)[number];

/**
 * What a graph node drawn as itself carries, whole graph or overview: the app's Cytoscape node data is
 * exactly this (see `drawnNodeData`), and its stylesheet reads these field names.
 */
export interface DrawnNodeData {
  id: string;
  kind: NodeKind;
  label: string;
  /** Outlet key of an outlet or of an article's publisher; '' otherwise. Drives the outlet palette. */
  outlet: string;
  anonymous: boolean;
  /** Incoming `cites` + `asserts` edges in the whole graph: drives node size. */
  cited: number;
}

/** A graph node drawn as itself in a view graph. */
export interface ViewRealNode extends DrawnNodeData {
  type: 'node';
  /** Neighbours that pass the filters but are not drawn as themselves. */
  hiddenNeighbours: number;
  expanded: boolean;
  /** What to add to `expanded` to see (more of) its neighbours; '' when there is nothing more. */
  expandId: string;
}

/** Several nodes drawn as one: "2,341 more sources — expand". */
export interface ViewAggregateNode {
  type: 'aggregate';
  id: string;
  group: AggregateGroup;
  /** Key of the outlet or source the members hang off ('' for the catch-all of a group). */
  anchor: string;
  count: number;
  label: string;
  expanded: boolean;
  /** What to add to `expanded` to release its next page of members. */
  expandId: string;
}

/** An outlet (or a most-cited source) in the citation map: a graph node, sized by the citations it takes part in. */
export interface ViewMapNode extends DrawnNodeData {
  type: 'map-node';
  /** Citations and reports into and out of it, over every link counted (drawn or not). */
  weight: number;
  /** `weight` scaled to 0..1 against the map's largest (square root, so small outlets stay visible). */
  size: number;
}

export type ViewNode = ViewRealNode | ViewAggregateNode | ViewMapNode;

/** What a graph edge drawn as itself carries, whole graph or overview (see `drawnEdgeData`). */
export interface DrawnEdgeData {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  cue: string;
  /** Absent on hand-authored and structural edges. */
  confidence?: number;
}

export interface ViewRealEdge extends DrawnEdgeData {
  type: 'edge';
}

/** Graph edges of one kind between the members of two drawn elements, drawn once with a count. */
export interface ViewAggregateEdge {
  type: 'aggregate-edge';
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  count: number;
  label: string;
}

/**
 * One citing outlet → one cited node in the citation map: `cites` edges of its articles (or its own) to the
 * node, plus `reports` of claims the node asserts. `kind` is `cites` when there is any citation, else `reports`.
 */
export interface ViewMapEdge {
  type: 'map-edge';
  id: string;
  source: string;
  target: string;
  kind: 'cites' | 'reports';
  cites: number;
  reports: number;
  count: number;
  /** `count` scaled to 0..1 against the map's largest link (square root), for the line width. */
  weight: number;
  /** "12 citations, 3 reports". */
  label: string;
  /** What the drawn link shows, as edges show their cue: the count alone ("15"), so labels stay short. */
  cue: string;
}

export type ViewEdge = ViewRealEdge | ViewAggregateEdge | ViewMapEdge;

/** `ok`: focus applied; `missing`: no such node; `filtered`: the node is hidden, so the focus was not applied. */
export type FocusStatus = 'none' | 'ok' | 'missing' | 'filtered';

export interface ViewGraph {
  /**
   * `all`: every filtered element is drawn; `overview`: over budget, so some are folded into aggregates;
   * `map`: over budget, drawn as the outlet-level citation map (claims and articles folded away).
   */
  mode: 'all' | 'overview' | 'map';
  budget: number;
  /** Sorted by id: real nodes first, then aggregates. */
  nodes: ViewNode[];
  /** Sorted by id: real edges first, then counted edges. */
  edges: ViewEdge[];
  totals: { nodes: number; edges: number };
  hidden: { nodes: Record<NodeHideReason, number>; edges: Record<EdgeHideReason, number> };
  /** Elements that pass the filters but are folded into aggregates (edges: counted or inside one aggregate). */
  aggregated: { nodes: number; edges: number; internalEdges: number };
  focus: FocusStatus;
}

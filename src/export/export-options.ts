import type { NodeAttributes, SourcetraceGraph } from '../model';
import { createGraph } from '../model';
import { nodeColor } from '../style';

export interface Position {
  x: number;
  y: number;
}

/** What every writer accepts besides the graph. All fields are optional. */
export interface ExportOptions {
  /** Only these keys (e.g. what is visible in the app); edges need both ends kept. Whole graph when absent. */
  filter?: { nodes?: Iterable<string>; edges?: Iterable<string> };
  /** Node positions (e.g. from the app's canvas); otherwise a node's own `x`/`y` attributes, if any. */
  positions?: Readonly<Record<string, Position>> | ReadonlyMap<string, Position>;
  /** CSS hex colours by node key; otherwise the node's colour as the canvas draws it (src/style). */
  colors?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
}

function lookup<T>(
  table: Readonly<Record<string, T>> | ReadonlyMap<string, T> | undefined,
  key: string,
): T | undefined {
  if (!table) return undefined;
  if (table instanceof Map) return (table as ReadonlyMap<string, T>).get(key);
  // Own properties only, so a node called `__proto__` or `constructor` never reads Object.prototype.
  return Object.hasOwn(table, key) ? (table as Readonly<Record<string, T>>)[key] : undefined;
}

/** The node's position from the options or its own attributes; undefined when it has none. */
export function positionOf(key: string, attrs: NodeAttributes, options: ExportOptions): Position | undefined {
  const given = lookup(options.positions, key);
  if (given && Number.isFinite(given.x) && Number.isFinite(given.y)) return { x: given.x, y: given.y };
  const own = attrs as unknown as Partial<Position>;
  if (typeof own.x === 'number' && typeof own.y === 'number') return { x: own.x, y: own.y };
  return undefined;
}

export function colorOf(key: string, attrs: NodeAttributes, options: ExportOptions): string {
  const given = lookup(options.colors, key);
  return given && /^#[0-9a-fA-F]{6}$/.test(given) ? given.toLowerCase() : nodeColor(key, attrs);
}

/** The graph limited to `options.filter` (a fresh copy), or the graph itself when there is no filter. */
export function selectGraph(graph: SourcetraceGraph, options: ExportOptions): SourcetraceGraph {
  const filter = options.filter;
  if (!filter || (!filter.nodes && !filter.edges)) return graph;
  const nodes = filter.nodes ? new Set(filter.nodes) : undefined;
  const edges = filter.edges ? new Set(filter.edges) : undefined;
  const out = createGraph();
  out.replaceAttributes({ ...graph.getAttributes() });
  graph.forEachNode((key, attrs) => {
    if (!nodes || nodes.has(key)) out.addNode(key, attrs);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    if (edges && !edges.has(key)) return;
    if (out.hasNode(source) && out.hasNode(target)) out.addDirectedEdgeWithKey(key, source, target, attrs);
  });
  return out;
}

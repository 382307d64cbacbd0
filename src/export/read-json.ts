import { NODE_KINDS, SourcetraceError, deserializeGraph } from '../model';
import type { SourcetraceGraph } from '../model';
import { buildRawGraph } from './build-raw-graph';
import type { ColumnValue } from './columns';
import type { Position } from './export-options';
import type { RawGraph, ReadOptions, ReadResult } from './raw-graph';

const MODULE = 'export/json';

/**
 * Reads graph JSON: ours (validated exactly, keys kept) or any graphology serialisation, whose nodes are
 * mapped like foreign GraphML. A Sourcetrace snapshot is refused here with a pointer to the snapshot reader.
 */
export function readJson(text: string, options: ReadOptions = {}): ReadResult {
  const prefix = `${MODULE}: ${options.file ?? 'input'}`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [`${prefix}: not valid JSON (${(err as Error).message})`] };
  }
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    return { ok: false, problems: [`${prefix}: not a graph (no "nodes" list)`] };
  }
  if (data.type === 'sourcetrace-snapshot') {
    return { ok: false, problems: [`${prefix}: this is a Sourcetrace snapshot; open it as a snapshot instead`] };
  }
  if (
    !data.nodes.every((n) => isObject(n) && isObject(n.attributes) && NODE_KINDS.includes(n.attributes.kind as never))
  ) {
    return buildRawGraph(rawFromJson(data, prefix), MODULE, options);
  }
  try {
    const graph = deserializeGraph(data);
    const name = isObject(data.attributes) ? data.attributes.name : undefined;
    if (typeof name === 'string') graph.setAttribute('name', name);
    return { ok: true, graph, positions: positionsOf(graph), warnings: [] };
  } catch (err) {
    if (err instanceof SourcetraceError) return { ok: false, problems: [`${prefix}: ${err.message}`] };
    throw err;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positionsOf(graph: SourcetraceGraph): Map<string, Position> {
  const positions = new Map<string, Position>();
  graph.forEachNode((key, attrs) => {
    const { x, y } = attrs as unknown as Partial<Position>;
    if (typeof x === 'number' && typeof y === 'number') positions.set(key, { x, y });
  });
  return positions;
}

/**
 * An array attribute as JSON text; undefined for one nested too deep to serialise (JSON.stringify
 * overflows the stack near 5,000 levels), which is dropped like any other unreadable value.
 */
function arrayText(value: unknown[]): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

function fieldsOf(attributes: unknown): Map<string, ColumnValue> {
  const fields = new Map<string, ColumnValue>();
  if (!isObject(attributes)) return fields;
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields.set(name, value);
    else if (Array.isArray(value)) {
      const text = arrayText(value);
      if (text !== undefined) fields.set(name, text);
    }
  }
  return fields;
}

function rawFromJson(data: Record<string, unknown>, prefix: string): RawGraph {
  const raw: RawGraph = { nodes: [], edges: [], warnings: [] };
  const attributes = isObject(data.attributes) ? data.attributes : {};
  if (typeof attributes.name === 'string') raw.name = attributes.name;
  (data.nodes as unknown[]).forEach((node, i) => {
    const item = isObject(node) ? node : {};
    const fields = fieldsOf(item.attributes);
    const id = typeof item.key === 'string' || typeof item.key === 'number' ? String(item.key) : '';
    const x = fields.get('x');
    const y = fields.get('y');
    raw.nodes.push({ id, where: `nodes[${i}] (key "${id.slice(0, 80)}")`, fields, ...position(x, y) });
  });
  const edges = Array.isArray(data.edges) ? data.edges : [];
  edges.forEach((edge, i) => {
    const item = isObject(edge) ? edge : {};
    if (item.undirected === true) raw.warnings.push(`${prefix}: edges[${i}] is undirected; read as source → target`);
    raw.edges.push({
      source: String(item.source ?? ''),
      target: String(item.target ?? ''),
      where: `edges[${i}]`,
      fields: fieldsOf(item.attributes),
    });
  });
  return raw;
}

function position(x: ColumnValue | undefined, y: ColumnValue | undefined): { position?: Position } {
  return typeof x === 'number' && typeof y === 'number' ? { position: { x, y } } : {};
}

import type { EdgeKind, NodeAttributes, NodeKind, SourcetraceGraph } from '../model';
import {
  EDGE_KINDS,
  NODE_KINDS,
  createGraph,
  deserializeGraph,
  edgeAttributesSchema,
  nodeAttributesSchema,
  keyKind,
  nodeKey,
  serializeGraph,
  upsertEdge,
  upsertNode,
} from '../model';
import type { ColumnValue } from './columns';
import type { Position } from './export-options';
import type { RawEdge, RawGraph, RawNode, ReadOptions, ReadResult } from './raw-graph';
import { DEFAULT_EDGE_KIND, DEFAULT_NODE_KIND } from './raw-graph';

const MAX_PROBLEMS = 20;

// Per kind: the fields a node may carry and, for required ones, the value a foreign file gets by default.
const KIND_FIELDS: Record<NodeKind, Record<string, (label: string) => ColumnValue | undefined>> = {
  article: {
    title: (l) => l,
    outlet: () => '',
    url: none,
    publishedAt: none,
    author: none,
    text: () => '',
    summary: none,
  },
  outlet: { domain: none },
  person: { anonymous: () => false, role: none },
  organization: { anonymous: () => false, role: none },
  document: { description: () => '' },
  claim: { text: (l) => l },
};
function none(): undefined {
  return undefined;
}

class Collector {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  private seen = 0;
  constructor(readonly prefix: string) {}
  problem(text: string): void {
    if (++this.seen <= MAX_PROBLEMS) this.problems.push(`${this.prefix}: ${text}`);
  }
  /** The problems listed, with a last line counting those left out. */
  listed(): string[] {
    const more = this.seen - this.problems.length;
    return more > 0 ? [...this.problems, `${this.prefix}: …and ${more} more problem(s)`] : this.problems;
  }
}

/**
 * Maps nodes and edges read from a GraphML, GEXF or foreign JSON file onto the model and validates them.
 * Ids that are already keys of ours (`person:jane-doe`) stay; other nodes get `kind:slug` keys from their
 * labels, so the same name in two files meets on one node when merged. Edges get the model's edge keys.
 */
export function buildRawGraph(raw: RawGraph, module: string, options: ReadOptions): ReadResult {
  const out = new Collector(`${module}: ${options.file ?? 'input'}`);
  for (const warning of raw.warnings) out.warnings.push(warning); // no spread: there may be 100k+
  const graph = createGraph();
  if (raw.name !== undefined) graph.setAttribute('name', raw.name);
  const ids = new Map<string, string>();
  const positions = new Map<string, Position>();
  let defaulted = 0;
  for (const node of raw.nodes) {
    const key = addNode(graph, node, options, out);
    if (key === undefined) continue;
    if (key.defaulted) defaulted++;
    ids.set(node.id, key.key);
    if (node.position) positions.set(key.key, node.position);
  }
  if (defaulted) out.warnings.push(`${defaulted} node(s) had no Sourcetrace kind; read as ${defaultKind(options)}`);
  let untyped = 0;
  for (const edge of raw.edges) if (addEdge(graph, edge, ids, options, out)) untyped++;
  if (untyped) out.warnings.push(`${untyped} edge(s) had no Sourcetrace kind; read as ${DEFAULT_EDGE_KIND}`);
  if (out.problems.length) return { ok: false, problems: out.listed() };
  try {
    // The model's own check: dangling ends and evidence that falls outside its article.
    return { ok: true, graph: revalidate(graph), positions, warnings: out.warnings };
  } catch (err) {
    return { ok: false, problems: [`${out.prefix}: ${(err as Error).message}`] };
  }
}

/** The model's deserialiser leaves graph attributes behind, so they are carried over here. */
export function revalidate(graph: SourcetraceGraph): SourcetraceGraph {
  const checked = deserializeGraph(serializeGraph(graph));
  const name = graph.getAttribute('name');
  if (name !== undefined) checked.setAttribute('name', name);
  return checked;
}

function defaultKind(options: ReadOptions): NodeKind {
  return options.defaultNodeKind ?? DEFAULT_NODE_KIND;
}

/** The element's kind when it is one of ours; otherwise a message saying what was there instead. */
function kindOf<K extends string>(
  value: ColumnValue | undefined,
  known: readonly K[],
  where: string,
): { kind?: K; typed: boolean; message: string } {
  if (known.includes(value as K)) return { kind: value as K, typed: true, message: '' };
  const shown =
    value === undefined ? 'has no kind' : `kind "${String(value).slice(0, 40)}" is not one of ${known.join(', ')}`;
  return { typed: false, message: `${where}: ${shown}` };
}

function addNode(graph: SourcetraceGraph, node: RawNode, options: ReadOptions, out: Collector) {
  if (!node.id) return void out.problem(`${node.where}: node has no id`);
  const found = kindOf(node.fields.get('kind'), NODE_KINDS, node.where);
  if (!found.typed && options.strict) return void out.problem(found.message);
  const kind = found.kind ?? defaultKind(options);
  const label = node.label ?? stringField(node.fields.get('label')) ?? node.id;
  const aliases = parseJsonList(node.fields.get('aliases'), node.where, 'aliases', out);
  const attrs: Record<string, unknown> = { kind, label, aliases: aliases ?? [] };
  for (const [field, fallback] of Object.entries(KIND_FIELDS[kind])) {
    const value = node.fields.get(field) ?? fallback(label);
    if (value !== undefined) attrs[field] = value;
  }
  const parsed = nodeAttributesSchema.safeParse(attrs);
  if (!parsed.success) return void reportIssues(parsed.error.issues, node.where, out);
  // An id that is already one of our keys stays; others (`n0`, `Reuters`) become `kind:slug` of the label.
  const ours = keyKind(node.id) === kind;
  const key = ours ? node.id : nodeKey(kind, kind === 'article' ? node.id : label);
  if (ours && graph.hasNode(key)) return void out.problem(`${node.where}: duplicate node id`);
  upsertNode(graph, key, parsed.data as NodeAttributes);
  return { key, defaulted: !found.typed };
}

/** Returns true when the edge was read with the default kind. */
function addEdge(
  graph: SourcetraceGraph,
  edge: RawEdge,
  ids: Map<string, string>,
  options: ReadOptions,
  out: Collector,
) {
  const found = kindOf(edge.fields.get('kind'), EDGE_KINDS, edge.where);
  if (!found.typed && options.strict) return void out.problem(found.message);
  const source = ids.get(edge.source);
  const target = ids.get(edge.target);
  if (source === undefined) return void out.problem(`${edge.where}: source "${edge.source}" is not a node of the file`);
  if (target === undefined) return void out.problem(`${edge.where}: target "${edge.target}" is not a node of the file`);
  const kind: EdgeKind = found.kind ?? DEFAULT_EDGE_KIND;
  const attrs: Record<string, unknown> = {
    kind,
    evidence: parseJsonList(edge.fields.get('evidence'), edge.where, 'evidence', out) ?? [],
  };
  for (const field of ['cue', 'confidence']) if (edge.fields.has(field)) attrs[field] = edge.fields.get(field);
  const parsed = edgeAttributesSchema.safeParse(attrs);
  if (!parsed.success) return void reportIssues(parsed.error.issues, edge.where, out);
  upsertEdge(graph, { ...parsed.data, source, target });
  return !found.typed;
}

function stringField(value: ColumnValue | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

function parseJsonList(
  value: ColumnValue | undefined,
  where: string,
  field: string,
  out: Collector,
): unknown[] | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    const list: unknown = JSON.parse(String(value));
    if (Array.isArray(list)) return list;
  } catch {
    // reported below
  }
  out.problem(`${where}: ${field} is not a JSON list`);
  return undefined;
}

function reportIssues(issues: { path: PropertyKey[]; message: string }[], where: string, out: Collector): void {
  for (const issue of issues.slice(0, 3)) {
    out.problem(`${where}: ${issue.path.map(String).join('.') || 'attributes'}: ${issue.message}`);
  }
}

import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from './attributes';
import type { EdgeKind } from './kinds';
import { edgeKey } from './keys';

/** The one typed attribution graph. Directed multigraph: different edge kinds may join the same pair. */
export type SourcetraceGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): SourcetraceGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
}

export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start || a.end - b.end;
}

/** Union of two evidence lists, deduplicated and sorted, so merging twice changes nothing. */
export function unionEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of [...a, ...b]) seen.set(`${e.article}\u0000${e.start}\u0000${e.end}`, e);
  return [...seen.values()].sort(compareEvidence);
}

export function unionAliases(a: readonly string[], b: readonly string[], label?: string): string[] {
  const out = new Set<string>();
  for (const alias of [...a, ...b]) if (alias && alias !== label) out.add(alias);
  return [...out].sort();
}

/**
 * Adds a node or folds new attributes into an existing one: aliases unite, the first label stays
 * (a later, different label becomes an alias), missing optional fields are filled in.
 */
export function upsertNode(graph: SourcetraceGraph, key: string, attrs: NodeAttributes): string {
  if (!graph.hasNode(key)) {
    graph.addNode(key, { ...attrs, aliases: unionAliases(attrs.aliases, [], attrs.label) });
    return key;
  }
  graph.updateNodeAttributes(key, (current) => mergeNodeAttributes(current, attrs));
  return key;
}

export function mergeNodeAttributes(current: NodeAttributes, incoming: NodeAttributes): NodeAttributes {
  const merged: Record<string, unknown> = { ...incoming, ...current };
  for (const [field, value] of Object.entries(current)) {
    if (value === undefined || value === '') merged[field] = (incoming as unknown as Record<string, unknown>)[field];
  }
  const extra = incoming.label !== current.label ? [incoming.label] : [];
  merged.aliases = unionAliases(current.aliases, [...incoming.aliases, ...extra], current.label);
  return merged as unknown as NodeAttributes;
}

export interface EdgeInput {
  kind: EdgeKind;
  source: string;
  target: string;
  evidence?: Evidence[];
  cue?: string;
  confidence?: number;
}

/** Adds an edge or, when the same (kind, source, target) exists, unites the evidence. Returns the edge key. */
export function upsertEdge(graph: SourcetraceGraph, input: EdgeInput): string {
  const key = edgeKey(input.kind, input.source, input.target);
  const incoming: EdgeAttributes = { kind: input.kind, evidence: unionEvidence(input.evidence ?? [], []) };
  if (input.cue !== undefined) incoming.cue = input.cue;
  if (input.confidence !== undefined) incoming.confidence = input.confidence;
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, input.source, input.target, incoming);
    return key;
  }
  graph.updateEdgeAttributes(key, (current) => mergeEdgeAttributes(current, incoming));
  return key;
}

export function mergeEdgeAttributes(current: EdgeAttributes, incoming: EdgeAttributes): EdgeAttributes {
  const merged: EdgeAttributes = { ...current, evidence: unionEvidence(current.evidence, incoming.evidence) };
  if (merged.cue === undefined && incoming.cue !== undefined) merged.cue = incoming.cue;
  if (merged.href === undefined && incoming.href !== undefined) merged.href = incoming.href;
  if (incoming.confidence !== undefined) {
    // Several sentences attesting one edge make it at least as likely as its best one.
    merged.confidence = Math.max(current.confidence ?? 0, incoming.confidence);
  }
  return merged;
}

import type { ElementDefinition } from 'cytoscape';
import type { SourcetraceGraph } from '../../src/model';
import { getGraphIndex, type DrawnEdgeData, type DrawnNodeData } from '../../src/projection';
import { drawnNodeData } from '../../src/projection/drawn-data';
import { isLowConfidence, LOW_CONFIDENCE_CLASS } from '../review/confidence';

/** Data carried by a drawn node: the view graph's, so both drawing paths style nodes from the same fields. */
export type CyNodeData = DrawnNodeData;
export type CyEdgeData = DrawnEdgeData;

const MAX_LABEL = 48;

/** Shortens long labels (claims are sentences) to keep the canvas readable; the panel shows them in full. */
export function shortLabel(label: string): string {
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/** Classes of a drawn node: its kind, and `anonymous`. */
export const nodeClasses = (data: DrawnNodeData) => (data.anonymous ? `${data.kind} anonymous` : data.kind);

/** Classes of a drawn edge: its kind, and the low-confidence marker (app/review). */
export const edgeClasses = (data: DrawnEdgeData) =>
  isLowConfidence(data.confidence) ? `${data.kind} ${LOW_CONFIDENCE_CLASS}` : data.kind;

export function toCyNode(graph: SourcetraceGraph, key: string): ElementDefinition {
  const index = getGraphIndex(graph);
  const data: CyNodeData = drawnNodeData(index, index.idOf.get(key)!);
  data.label = shortLabel(data.label);
  return { group: 'nodes', data: { ...data }, classes: nodeClasses(data) };
}

export function toCyEdge(graph: SourcetraceGraph, key: string): ElementDefinition {
  const attrs = graph.getEdgeAttributes(key);
  const data: CyEdgeData = {
    id: key,
    source: graph.source(key),
    target: graph.target(key),
    kind: attrs.kind,
    cue: attrs.cue ?? '',
  };
  if (attrs.confidence !== undefined) data.confidence = attrs.confidence;
  return { group: 'edges', data: { ...data }, classes: edgeClasses(data) };
}

/** Projects (part of) the graph into Cytoscape element definitions. Pure: the graph is not touched. */
export function toCyElements(
  graph: SourcetraceGraph,
  nodes: Iterable<string> = graph.nodes(),
  edges: Iterable<string> = graph.edges(),
): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const key of nodes) out.push(toCyNode(graph, key));
  for (const key of edges) out.push(toCyEdge(graph, key));
  return out;
}

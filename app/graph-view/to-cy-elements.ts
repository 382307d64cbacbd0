import type { ElementDefinition } from 'cytoscape';
import type { EdgeKind, NodeKind, SourcetraceGraph } from '../../src/model';
import { isLowConfidence, LOW_CONFIDENCE_CLASS } from '../review/confidence';

/** Data carried by a drawn node: enough for styling and labels, never the model's full attributes. */
export interface CyNodeData {
  id: string;
  kind: NodeKind;
  label: string;
  /** Outlet key of an outlet or of an article's publisher; '' otherwise. Drives the outlet palette. */
  outlet: string;
  anonymous: boolean;
  /** How many edges attribute information to this node (cites + asserts in, authored out): drives size. */
  cited: number;
}

export interface CyEdgeData {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  cue: string;
}

const MAX_LABEL = 48;

/** Shortens long labels (claims are sentences) to keep the canvas readable; the panel shows them in full. */
export function shortLabel(label: string): string {
  return label.length <= MAX_LABEL ? label : `${label.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

export function toCyNode(graph: SourcetraceGraph, key: string): ElementDefinition {
  const attrs = graph.getNodeAttributes(key);
  let cited = 0;
  graph.forEachInEdge(key, (_e, ea) => {
    if (ea.kind === 'cites' || ea.kind === 'asserts') cited++;
  });
  const data: CyNodeData = {
    id: key,
    kind: attrs.kind,
    label: shortLabel(attrs.label),
    outlet: attrs.kind === 'outlet' ? key : attrs.kind === 'article' ? attrs.outlet : '',
    anonymous: 'anonymous' in attrs ? attrs.anonymous : false,
    cited,
  };
  return { group: 'nodes', data: { ...data }, classes: data.anonymous ? `${attrs.kind} anonymous` : attrs.kind };
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
  const classes = isLowConfidence(attrs.confidence) ? `${attrs.kind} ${LOW_CONFIDENCE_CLASS}` : attrs.kind;
  return { group: 'edges', data: { ...data }, classes };
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

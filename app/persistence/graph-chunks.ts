import { createGraph, type SerializedSourcetraceGraph, type SourcetraceGraph } from '../../src/model';

/**
 * The stored graph in parts. One record of a 10,000-article graph (190 MB of nodes and edges with their
 * evidence) is read back in one go: the browser rebuilds the whole value in a single task on the page's
 * thread, seconds during which nothing answers — not even the search the stored search record serves. In
 * parts of a few thousand nodes or edges, each part is rebuilt in a task of its own and the graph is built
 * part by part, with the page free to handle input and paint in between.
 */

/** Nodes or edges per part: a few MB of evidence at most, tens of milliseconds to read and add. */
export const GRAPH_PART = 5000;

export interface GraphPart {
  nodes: SerializedSourcetraceGraph['nodes'];
  edges: SerializedSourcetraceGraph['edges'];
}

/** The graph's own attributes (no nodes, no edges) and its nodes, then edges, in parts of `size`. */
export function splitGraph(
  graph: SerializedSourcetraceGraph,
  size = GRAPH_PART,
): { head: SerializedSourcetraceGraph; parts: GraphPart[] } {
  const parts: GraphPart[] = [];
  for (let i = 0; i < graph.nodes.length; i += size) parts.push({ nodes: graph.nodes.slice(i, i + size), edges: [] });
  for (let i = 0; i < graph.edges.length; i += size) parts.push({ nodes: [], edges: graph.edges.slice(i, i + size) });
  return { head: { ...graph, nodes: [], edges: [] }, parts };
}

/** Lets the page handle input and paint: a message, not a timer (nested timers wait at least 4 ms). */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Rebuilds a graph this app stored in parts (trusted like graphFromTrustedJson: only the shape is checked,
 * and graphology refuses edges between missing nodes), yielding to the page after every part.
 */
export async function graphFromTrustedParts(head: unknown, parts: readonly unknown[]): Promise<SourcetraceGraph> {
  if (!isObject(head)) throw new Error('the graph record has no head');
  const graph = createGraph();
  graph.import({ attributes: (head.attributes ?? {}) as SerializedSourcetraceGraph['attributes'] });
  for (const part of parts) {
    if (!isObject(part) || !Array.isArray(part.nodes) || !Array.isArray(part.edges)) {
      throw new Error('a part of the graph record has no node and edge lists');
    }
    graph.import({ nodes: part.nodes as GraphPart['nodes'], edges: part.edges as GraphPart['edges'] });
    await yieldToPage();
  }
  return graph;
}

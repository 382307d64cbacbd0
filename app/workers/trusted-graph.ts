import { createGraph, type SerializedSourcetraceGraph, type SourcetraceGraph } from '../../src/model';

/**
 * Rebuilds a graph from JSON that was validated where it was made (the store's own graph, or the ingest
 * worker's result, checked there with `deserializeGraph`). Skipping the second check saves seconds at
 * 10,000 articles. Never use this on JSON from a file or the network.
 */
export function graphFromTrustedJson(json: SerializedSourcetraceGraph): SourcetraceGraph {
  const graph = createGraph();
  // Options stay the model's own (a multigraph); only the contents are taken.
  graph.import({ attributes: json.attributes ?? {}, nodes: json.nodes, edges: json.edges });
  return graph;
}

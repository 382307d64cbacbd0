import type { SourcetraceGraph } from '../model';
import { serializeGraph } from '../model';
import type { ExportOptions } from './export-options';
import { positionOf, selectGraph } from './export-options';

/**
 * graphology's serialisation with every attribute and all evidence. Positions, when known, are added as
 * `x`/`y` node attributes (what sigma.js and graphology's layouts use); colours are view state and stay out.
 */
export function writeJson(graph: SourcetraceGraph, options: ExportOptions = {}): string {
  const g = selectGraph(graph, options);
  const data = serializeGraph(g);
  const nodes = data.nodes.map((node) => {
    const position = positionOf(node.key, node.attributes, options);
    return position ? { ...node, attributes: { ...node.attributes, ...position } } : node;
  });
  return JSON.stringify({ ...data, nodes }, null, 2) + '\n';
}

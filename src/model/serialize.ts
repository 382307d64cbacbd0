import type { z } from 'zod';
import type { EdgeAttributes, NodeAttributes } from './attributes';
import { SourcetraceError } from './errors';
import type { SourcetraceGraph } from './graph';
import { createGraph } from './graph';
import { edgeKey } from './keys';
import { serializedGraphSchema, type SerializedSourcetraceGraph } from './schema';

/** graphology's own serialisation of the graph. */
export function serializeGraph(graph: SourcetraceGraph): SerializedSourcetraceGraph {
  return graph.export() as SerializedSourcetraceGraph;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  let where = path.replace(/^\./, '') || '(root)';
  // Name the node or edge by its key, which is what a person can search for.
  const [list, index] = issue.path;
  if ((list === 'nodes' || list === 'edges') && typeof index === 'number') {
    const item = (data as Record<string, unknown[]>)[list]?.[index] as { key?: unknown } | undefined;
    if (item && typeof item.key === 'string') where += ` (key "${item.key.slice(0, 80)}")`;
  }
  return `${where}: ${issue.message}`;
}

/**
 * Validates untrusted graph JSON (already parsed) and builds a graph from it. Throws a SourcetraceError
 * naming the first bad field, a dangling edge end, or evidence that falls outside its article's text.
 */
export function deserializeGraph(data: unknown): SourcetraceGraph {
  const parsed = serializedGraphSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => describeIssue(i, data));
    throw new SourcetraceError('model/serialize', first.join('; '));
  }
  const graph = createGraph();
  if (parsed.data.attributes) graph.replaceAttributes(parsed.data.attributes);
  for (const { key, attributes } of parsed.data.nodes) {
    if (graph.hasNode(key)) throw new SourcetraceError('model/serialize', `nodes: duplicate key "${key}"`);
    graph.addNode(key, attributes as NodeAttributes);
  }
  parsed.data.edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!graph.hasNode(edge[end])) {
        throw new SourcetraceError('model/serialize', `edges[${i}].${end}: no node "${edge[end]}"`);
      }
    }
    const attrs = edge.attributes as EdgeAttributes;
    attrs.evidence.forEach((ev, j) => checkEvidence(graph, ev, `edges[${i}].evidence[${j}]`));
    const key = edge.key ?? edgeKey(attrs.kind, edge.source, edge.target);
    if (graph.hasEdge(key)) throw new SourcetraceError('model/serialize', `edges[${i}]: duplicate key "${key}"`);
    graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attrs);
  });
  return graph;
}

function checkEvidence(graph: SourcetraceGraph, ev: { article: string; start: number; end: number }, at: string) {
  if (ev.end < ev.start)
    throw new SourcetraceError('model/serialize', `${at}: end ${ev.end} is before start ${ev.start}`);
  if (!graph.hasNode(ev.article)) return; // evidence may point at an article kept outside this graph
  const article = graph.getNodeAttributes(ev.article);
  if (article.kind !== 'article')
    throw new SourcetraceError('model/serialize', `${at}.article: "${ev.article}" is not an article`);
  if (ev.end > article.text.length) {
    throw new SourcetraceError(
      'model/serialize',
      `${at}: end ${ev.end} is past the article's ${article.text.length} characters`,
    );
  }
}

/** Parses JSON text, then validates: the two failure kinds get distinct messages. */
export function parseGraphJson(json: string): SourcetraceGraph {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new SourcetraceError('model/serialize', `not valid JSON (${(err as Error).message})`);
  }
  return deserializeGraph(data);
}

import type { SourcetraceGraph } from '../model';
import { evidenceSentences } from './evidence-sentence';
import type { ExportOptions } from './export-options';
import { colorOf, positionOf, selectGraph } from './export-options';

function withoutUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

/**
 * Cytoscape desktop's `.cyjs` (File → Import → Network from File). `name` is Cytoscape's label column and
 * `interaction` its edge-type column; lists (aliases, evidence sentences) become List columns there.
 */
export function writeCyjs(graph: SourcetraceGraph, options: ExportOptions = {}): string {
  const g = selectGraph(graph, options);
  const name = g.getAttribute('name') ?? 'Sourcetrace';
  const nodes = g.mapNodes((key, attrs) => {
    const { text: _text, description, ...fields } = attrs as unknown as Record<string, unknown>;
    const data = withoutUndefined({
      ...fields,
      id: key,
      name: attrs.label,
      shared_name: attrs.label,
      // Article bodies are too long for a table cell; claims and documents keep their short text.
      claim_text: attrs.kind === 'claim' ? attrs.text : undefined,
      description,
      color: colorOf(key, attrs, options),
    });
    const position = positionOf(key, attrs, options);
    return position ? { data, position } : { data };
  });
  const edges = g.mapEdges((key, attrs, source, target, sourceAttrs, targetAttrs) => ({
    data: withoutUndefined({
      id: key,
      source,
      target,
      name: `${sourceAttrs.label} (${attrs.kind}) ${targetAttrs.label}`,
      interaction: attrs.kind,
      shared_interaction: attrs.kind,
      kind: attrs.kind,
      cue: attrs.cue,
      confidence: attrs.confidence,
      evidence_count: attrs.evidence.length,
      evidence: evidenceSentences(graph, attrs.evidence),
      evidence_spans: JSON.stringify(attrs.evidence),
    }),
  }));
  const doc = {
    format_version: '1.0',
    generated_by: 'Sourcetrace',
    target_cytoscapejs_version: '~3.34',
    data: { name, shared_name: name },
    elements: { nodes, edges },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

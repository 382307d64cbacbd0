import type { SourcetraceGraph } from '../model';
import type { Column, ColumnValue } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeColumnValues, nodeColumnValues } from './columns';
import type { ExportOptions } from './export-options';
import { selectGraph } from './export-options';
import { escapeXmlText, xmlAttrs } from './xml-text';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA = 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

// Key ids carry the element class, because GraphML keys share one id space across nodes and edges.
const keyId = (owner: 'node' | 'edge' | 'graph', column: Column) => `${owner[0]}_${column.id}`;

function keyLines(owner: 'node' | 'edge', columns: readonly Column[]): string[] {
  return columns.map(
    (c) => `  <key${xmlAttrs({ id: keyId(owner, c), for: owner, 'attr.name': c.id, 'attr.type': c.type })}/>`,
  );
}

function dataLines(owner: 'node' | 'edge', columns: readonly Column[], values: Map<string, ColumnValue>): string[] {
  const out: string[] = [];
  for (const column of columns) {
    const value = values.get(column.id);
    if (value !== undefined)
      out.push(`      <data key="${keyId(owner, column)}">${escapeXmlText(String(value))}</data>`);
  }
  return out;
}

/**
 * GraphML with typed key declarations (kind, label, outlet, colour, x/y, evidence count, …) that Gephi,
 * networkx and yEd read as columns. Every model attribute is written, so `readGraphml` gives the graph back.
 */
export function writeGraphml(graph: SourcetraceGraph, options: ExportOptions = {}): string {
  const g = selectGraph(graph, options);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml${xmlAttrs({ xmlns: GRAPHML_NS, 'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance', 'xsi:schemaLocation': SCHEMA })}>`,
    '  <key id="g_name" for="graph" attr.name="name" attr.type="string"/>',
    ...keyLines('node', NODE_COLUMNS),
    ...keyLines('edge', EDGE_COLUMNS),
    '  <graph id="sourcetrace" edgedefault="directed">',
  ];
  const name = g.getAttribute('name');
  if (name !== undefined) lines.push(`    <data key="g_name">${escapeXmlText(name)}</data>`);
  g.forEachNode((key, attrs) => {
    lines.push(
      `    <node${xmlAttrs({ id: key })}>`,
      ...dataLines('node', NODE_COLUMNS, nodeColumnValues(key, attrs, options)),
    );
    lines.push('    </node>');
  });
  g.forEachEdge((key, attrs, source, target) => {
    lines.push(
      `    <edge${xmlAttrs({ id: key, source, target })}>`,
      ...dataLines('edge', EDGE_COLUMNS, edgeColumnValues(attrs)),
    );
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

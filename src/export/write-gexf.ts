import type { SourcetraceGraph } from '../model';
import type { Column, ColumnValue } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS, edgeColumnValues, nodeColumnValues } from './columns';
import type { ExportOptions } from './export-options';
import { selectGraph } from './export-options';
import { escapeXmlText, xmlAttrs } from './xml-text';

// In GEXF the label, colour and position have their own places (`label=`, `viz:color`, `viz:position`).
const VIZ_OR_NATIVE = new Set(['label', 'color', 'x', 'y']);
const NODE_ATTRIBUTE_COLUMNS = NODE_COLUMNS.filter((c) => !VIZ_OR_NATIVE.has(c.id));
const GEXF_TYPES: Record<Column['type'], string> = {
  string: 'string',
  boolean: 'boolean',
  int: 'integer',
  double: 'double',
};

function attributeDeclarations(owner: 'node' | 'edge', columns: readonly Column[]): string[] {
  return [
    `    <attributes class="${owner}">`,
    ...columns.map((c) => `      <attribute${xmlAttrs({ id: c.id, title: c.id, type: GEXF_TYPES[c.type] })}/>`),
    '    </attributes>',
  ];
}

function attvalues(columns: readonly Column[], values: Map<string, ColumnValue>): string[] {
  const out = columns.flatMap((c) => {
    const value = values.get(c.id);
    return value === undefined ? [] : [`          <attvalue${xmlAttrs({ for: c.id, value })}/>`];
  });
  return out.length ? ['        <attvalues>', ...out, '        </attvalues>'] : [];
}

function vizLines(values: Map<string, ColumnValue>): string[] {
  const hex = String(values.get('color'));
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const lines = [`        <viz:color${xmlAttrs({ r, g, b })}/>`];
  const x = values.get('x');
  const y = values.get('y');
  if (typeof x === 'number' && typeof y === 'number') lines.push(`        <viz:position${xmlAttrs({ x, y, z: 0 })}/>`);
  return lines;
}

/**
 * GEXF 1.3 with typed attribute columns (kind, outlet, aliases, evidence count, …), `viz:color` and
 * `viz:position`, as Gephi expects. Every model attribute is written, so `readGexf` gives the graph back.
 */
export function writeGexf(graph: SourcetraceGraph, options: ExportOptions & { date?: Date } = {}): string {
  const g = selectGraph(graph, options);
  const name = g.getAttribute('name');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf${xmlAttrs({ xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', version: '1.3' })}>`,
    `  <meta${xmlAttrs({ lastmodifieddate: options.date?.toISOString().slice(0, 10) })}>`,
    '    <creator>Sourcetrace</creator>',
    ...(name !== undefined ? [`    <description>${escapeXmlText(name)}</description>`] : []),
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributeDeclarations('node', NODE_ATTRIBUTE_COLUMNS),
    ...attributeDeclarations('edge', EDGE_COLUMNS),
    '    <nodes>',
  ];
  g.forEachNode((key, attrs) => {
    const values = nodeColumnValues(key, attrs, options);
    lines.push(
      `      <node${xmlAttrs({ id: key, label: attrs.label })}>`,
      ...attvalues(NODE_ATTRIBUTE_COLUMNS, values),
    );
    lines.push(...vizLines(values), '      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  g.forEachEdge((key, attrs, source, target) => {
    // The native `kind` keeps parallel edges of different kinds apart in Gephi.
    lines.push(`      <edge${xmlAttrs({ id: key, source, target, kind: attrs.kind, label: attrs.kind })}>`);
    lines.push(...attvalues(EDGE_COLUMNS, edgeColumnValues(attrs)), '      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

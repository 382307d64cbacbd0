import type { EdgeAttributes, NodeAttributes } from '../model';
import type { ExportOptions } from './export-options';
import { colorOf, positionOf } from './export-options';

/** Value types of attribute columns, named as in GraphML; GEXF names `int` "integer". */
export type ColumnType = 'string' | 'boolean' | 'int' | 'double';
export type ColumnValue = string | number | boolean;

export interface Column {
  id: string;
  type: ColumnType;
}

/**
 * Node columns of the GraphML and GEXF files. Lists and evidence travel as JSON text in a string column,
 * which every tool can open and our reader turns back into the exact values.
 */
export const NODE_COLUMNS: readonly Column[] = [
  { id: 'kind', type: 'string' },
  { id: 'label', type: 'string' },
  { id: 'outlet', type: 'string' },
  { id: 'color', type: 'string' },
  { id: 'x', type: 'double' },
  { id: 'y', type: 'double' },
  { id: 'aliases', type: 'string' },
  { id: 'anonymous', type: 'boolean' },
  { id: 'role', type: 'string' },
  { id: 'domain', type: 'string' },
  { id: 'title', type: 'string' },
  { id: 'url', type: 'string' },
  { id: 'publishedAt', type: 'string' },
  { id: 'author', type: 'string' },
  { id: 'summary', type: 'boolean' },
  { id: 'description', type: 'string' },
  { id: 'text', type: 'string' },
];

export const EDGE_COLUMNS: readonly Column[] = [
  { id: 'kind', type: 'string' },
  { id: 'evidenceCount', type: 'int' },
  { id: 'evidence', type: 'string' },
  { id: 'cue', type: 'string' },
  { id: 'confidence', type: 'double' },
];

// Fields copied as they are; `aliases` and positions are handled apart.
const PLAIN_NODE_FIELDS = new Set(
  NODE_COLUMNS.map((c) => c.id).filter((id) => !['aliases', 'x', 'y', 'color'].includes(id)),
);

/** A node's column values; absent optional fields stay absent, empty strings stay empty. */
export function nodeColumnValues(key: string, attrs: NodeAttributes, options: ExportOptions): Map<string, ColumnValue> {
  const out = new Map<string, ColumnValue>();
  const record = attrs as unknown as Record<string, unknown>;
  for (const column of NODE_COLUMNS) {
    const value = record[column.id];
    if (PLAIN_NODE_FIELDS.has(column.id) && (typeof value === 'string' || typeof value === 'boolean')) {
      out.set(column.id, value);
    }
  }
  out.set('aliases', JSON.stringify(attrs.aliases));
  out.set('color', colorOf(key, attrs, options));
  const position = positionOf(key, attrs, options);
  if (position) {
    out.set('x', position.x);
    out.set('y', position.y);
  }
  return out;
}

export function edgeColumnValues(attrs: EdgeAttributes): Map<string, ColumnValue> {
  const out = new Map<string, ColumnValue>([
    ['kind', attrs.kind],
    ['evidenceCount', attrs.evidence.length],
    ['evidence', JSON.stringify(attrs.evidence.map(({ article, start, end }) => ({ article, start, end })))],
  ]);
  if (attrs.cue !== undefined) out.set('cue', attrs.cue);
  if (attrs.confidence !== undefined) out.set('confidence', attrs.confidence);
  return out;
}

/** Turns a column's text back into a typed value; undefined when the text does not fit the type. */
export function parseColumnValue(type: string, text: string): ColumnValue | undefined {
  switch (type) {
    case 'boolean':
      return text === 'true' || text === '1' ? true : text === 'false' || text === '0' ? false : undefined;
    case 'int':
    case 'integer':
    case 'long':
    case 'float':
    case 'double': {
      const n = Number(text);
      return text.trim() !== '' && Number.isFinite(n) ? n : undefined;
    }
    default:
      return text;
  }
}

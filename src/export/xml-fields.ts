import { SourcetraceError } from '../model';
import type { ColumnValue } from './columns';
import { EDGE_COLUMNS, NODE_COLUMNS, parseColumnValue } from './columns';

/**
 * Caps on what a GraphML or GEXF file may declare. Far above any real export (Gephi and networkx write
 * tens), they turn a hostile file into a clear error instead of a long stall on the main thread.
 */
export const MAX_XML_KEYS = 20_000;
export const MAX_XML_VALUES_PER_ELEMENT = 20_000;

/** The fields the readers keep: our own columns. Others are ignored, defaults included, so none is stored. */
export const READ_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  node: new Set(NODE_COLUMNS.map((c) => c.id)),
  edge: new Set(EDGE_COLUMNS.map((c) => c.id)),
  graph: new Set(['name']),
};

/** A declared attribute: its name as the file titles it, its value type and its default text, if any. */
export interface FieldDef {
  name: string;
  type: string;
  default?: string;
}

/** Throws a SourcetraceError naming the file and element when `count` passes `max`. */
export function checkCount(count: number, max: number, module: string, where: string, what: string): void {
  if (count > max) throw new SourcetraceError(module, `${where}: more than ${max.toLocaleString('en')} ${what}`);
}

/**
 * The parsed defaults of the fields in `read`, once per file. Copying every declared default into every
 * node cost keys × nodes (10k keys × 10k nodes took 4.3 GB); now a node falls back on this map when read.
 */
export function declaredDefaults(defs: Iterable<FieldDef>, read: ReadonlySet<string>): Map<string, ColumnValue> {
  const out = new Map<string, ColumnValue>();
  for (const def of defs) {
    if (def.default === undefined || !read.has(def.name)) continue;
    const value = parseColumnValue(def.type, def.default);
    if (value !== undefined) out.set(def.name, value);
  }
  return out;
}

/**
 * Characters the declared defaults may add to a file's graph, over the file's own size. Real exports
 * declare short defaults ("0", "person"); a long one inherited by every node turns a 60 KB file into a
 * 40 MB graph, which every later save and export writes out in full.
 */
export const MAX_DEFAULTS_GROWTH = 10;

function defaultChars(defaults: ReadonlyMap<string, ColumnValue>): number {
  let chars = 0;
  for (const value of defaults.values()) chars += String(value).length;
  return chars;
}

/** Throws when `elements` inheriting `defaults` would add more than MAX_DEFAULTS_GROWTH × the input's size. */
export function checkDefaultsGrowth(
  defaults: ReadonlyMap<string, ColumnValue>,
  elements: number,
  inputChars: number,
  module: string,
  where: string,
): void {
  const added = defaultChars(defaults) * elements;
  const allowed = MAX_DEFAULTS_GROWTH * inputChars + 100_000;
  if (added <= allowed) return;
  throw new SourcetraceError(
    module,
    `${where}: declared defaults would add ${added.toLocaleString('en')} characters to ` +
      `${elements.toLocaleString('en')} elements, more than ${MAX_DEFAULTS_GROWTH} times the file's size`,
  );
}

/**
 * A node's or edge's values: those it carries, else the file's declared default. Only `get` and `has`
 * see the defaults (iteration lists the element's own values), which is all the graph builder uses.
 */
export class FieldsWithDefaults extends Map<string, ColumnValue> {
  constructor(private readonly defaults: ReadonlyMap<string, ColumnValue>) {
    super();
  }
  override get(name: string): ColumnValue | undefined {
    return super.has(name) ? super.get(name) : this.defaults.get(name);
  }
  override has(name: string): boolean {
    return super.has(name) || this.defaults.has(name);
  }
}

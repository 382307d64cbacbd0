import { SourcetraceError } from '../model';
import type { ColumnValue } from './columns';
import { parseColumnValue } from './columns';
import { buildRawGraph } from './build-raw-graph';
import type { RawEdge, RawGraph, RawNode, ReadOptions, ReadResult } from './raw-graph';
import type { XmlElementLike, XmlParser } from './xml-dom';
import { attrOf, childElements, describeElement, firstChild, nameOf, parseXmlRoot } from './xml-dom';
import type { FieldDef } from './xml-fields';
import {
  FieldsWithDefaults,
  MAX_XML_KEYS,
  MAX_XML_VALUES_PER_ELEMENT,
  READ_FIELDS,
  checkCount,
  checkDefaultsGrowth,
  declaredDefaults,
} from './xml-fields';

const MODULE = 'export/graphml';

type Owner = 'node' | 'edge' | 'graph';

interface Keys {
  byId: Map<string, FieldDef & { for: string }>;
  /** Per owner, the defaults of the fields we read, parsed once (see declaredDefaults). */
  defaults: Record<Owner, Map<string, ColumnValue>>;
}

/**
 * Reads GraphML written by us or by other tools (networkx, Gephi, yEd). Data is matched by each key's
 * `attr.name`, so foreign key ids (`d0`, `d1`, …) work; unknown attributes are ignored.
 */
export function readGraphml(text: string, parser: XmlParser, options: ReadOptions = {}): ReadResult {
  const file = options.file ?? 'input';
  try {
    return buildRawGraph(rawGraphml(parseXmlRoot(parser, text, MODULE, file), file, text.length), MODULE, options);
  } catch (err) {
    if (err instanceof SourcetraceError) return { ok: false, problems: [err.message] };
    throw err;
  }
}

function rawGraphml(root: XmlElementLike, file: string, inputChars: number): RawGraph {
  const graphEl = firstChild(root, 'graph');
  if (nameOf(root) !== 'graphml') {
    throw new SourcetraceError(MODULE, `${file}: root element is <${root.tagName}>, not <graphml>`);
  }
  if (!graphEl) throw new SourcetraceError(MODULE, `${file}: <graphml> has no <graph> element`);
  const keys = readKeys(root, file);
  const raw: RawGraph = { nodes: [], edges: [], warnings: [] };
  const name = dataValues(graphEl, `${file}: <graph>`, keys, 'graph').get('name');
  if (name !== undefined) raw.name = String(name);
  const undirected = attrOf(graphEl, 'edgedefault') === 'undirected';
  if (undirected) raw.warnings.push(`${file}: undirected graph; edges read in the order written (source → target)`);
  for (const el of childElements(graphEl)) {
    if (nameOf(el) === 'node') raw.nodes.push(readNode(el, keys, file));
    else if (nameOf(el) === 'edge') raw.edges.push(readEdge(el, keys, file));
    else if (nameOf(el) === 'hyperedge')
      raw.warnings.push(`${file}: ${describeElement(el, 'id')} skipped (hyperedges are not supported)`);
  }
  checkDefaultsGrowth(keys.defaults.node, raw.nodes.length, inputChars, MODULE, `${file}: <key> defaults for nodes`);
  checkDefaultsGrowth(keys.defaults.edge, raw.edges.length, inputChars, MODULE, `${file}: <key> defaults for edges`);
  return raw;
}

function readKeys(root: XmlElementLike, file: string): Keys {
  const elements = childElements(root, 'key');
  checkCount(elements.length, MAX_XML_KEYS, MODULE, `${file}: <graphml>`, '<key> declarations');
  const byId = new Map<string, FieldDef & { for: string }>();
  for (const el of elements) {
    const id = attrOf(el, 'id');
    if (id === undefined) continue;
    const def: FieldDef & { for: string } = {
      name: attrOf(el, 'attr.name') ?? id,
      type: attrOf(el, 'attr.type') ?? 'string',
      for: attrOf(el, 'for') ?? 'all',
    };
    const fallback = firstChild(el, 'default');
    if (fallback) def.default = fallback.textContent ?? '';
    byId.set(id, def);
  }
  const defaultsFor = (owner: Owner) =>
    declaredDefaults(
      [...byId.values()].filter((d) => d.for === owner || d.for === 'all'),
      READ_FIELDS[owner]!,
    );
  return { byId, defaults: { node: defaultsFor('node'), edge: defaultsFor('edge'), graph: defaultsFor('graph') } };
}

/** The `<data>` values of the fields we read, falling back on the declared defaults. */
function dataValues(el: XmlElementLike, where: string, keys: Keys, owner: Owner): Map<string, ColumnValue> {
  const values = new FieldsWithDefaults(keys.defaults[owner]);
  const data = childElements(el, 'data');
  checkCount(data.length, MAX_XML_VALUES_PER_ELEMENT, MODULE, where, '<data> values');
  const read = READ_FIELDS[owner]!;
  for (const item of data) {
    const def = keys.byId.get(attrOf(item, 'key') ?? '');
    if (!def || !read.has(def.name)) continue;
    const value = parseColumnValue(def.type, item.textContent ?? '');
    if (value !== undefined) values.set(def.name, value);
  }
  return values;
}

function readNode(el: XmlElementLike, keys: Keys, file: string): RawNode {
  const where = describeElement(el, 'id');
  const fields = dataValues(el, `${file}: ${where}`, keys, 'node');
  const node: RawNode = { id: attrOf(el, 'id') ?? '', where, fields };
  const x = fields.get('x');
  const y = fields.get('y');
  if (typeof x === 'number' && typeof y === 'number') node.position = { x, y };
  return node;
}

function readEdge(el: XmlElementLike, keys: Keys, file: string): RawEdge {
  const where = describeElement(el, 'id', 'source', 'target');
  return {
    source: attrOf(el, 'source') ?? '',
    target: attrOf(el, 'target') ?? '',
    where,
    fields: dataValues(el, `${file}: ${where}`, keys, 'edge'),
  };
}

import { SourcetraceError } from '../model';
import type { ColumnValue } from './columns';
import { parseColumnValue } from './columns';
import { buildRawGraph } from './build-raw-graph';
import type { RawEdge, RawGraph, RawNode, ReadOptions, ReadResult } from './raw-graph';
import type { XmlElementLike, XmlParser } from './xml-dom';
import { attrOf, childElements, describeElement, firstChild, nameOf, parseXmlRoot } from './xml-dom';

const MODULE = 'export/graphml';

interface KeyDef {
  name: string;
  type: string;
  default?: string;
}

/**
 * Reads GraphML written by us or by other tools (networkx, Gephi, yEd). Data is matched by each key's
 * `attr.name`, so foreign key ids (`d0`, `d1`, …) work; unknown attributes are ignored.
 */
export function readGraphml(text: string, parser: XmlParser, options: ReadOptions = {}): ReadResult {
  const file = options.file ?? 'input';
  try {
    return buildRawGraph(rawGraphml(parseXmlRoot(parser, text, MODULE, file), file), MODULE, options);
  } catch (err) {
    if (err instanceof SourcetraceError) return { ok: false, problems: [err.message] };
    throw err;
  }
}

function rawGraphml(root: XmlElementLike, file: string): RawGraph {
  const graphEl = firstChild(root, 'graph');
  if (nameOf(root) !== 'graphml') {
    throw new SourcetraceError(MODULE, `${file}: root element is <${root.tagName}>, not <graphml>`);
  }
  if (!graphEl) throw new SourcetraceError(MODULE, `${file}: <graphml> has no <graph> element`);
  const keys = readKeys(root);
  const raw: RawGraph = { nodes: [], edges: [], warnings: [] };
  const name = dataValues(graphEl, keys, 'graph').get('name');
  if (name !== undefined) raw.name = String(name);
  const undirected = attrOf(graphEl, 'edgedefault') === 'undirected';
  if (undirected) raw.warnings.push(`${file}: undirected graph; edges read in the order written (source → target)`);
  for (const el of childElements(graphEl)) {
    if (nameOf(el) === 'node') raw.nodes.push(readNode(el, keys));
    else if (nameOf(el) === 'edge') raw.edges.push(readEdge(el, keys));
    else if (nameOf(el) === 'hyperedge')
      raw.warnings.push(`${file}: ${describeElement(el, 'id')} skipped (hyperedges are not supported)`);
  }
  return raw;
}

function readKeys(root: XmlElementLike): Map<string, KeyDef & { for: string }> {
  const keys = new Map<string, KeyDef & { for: string }>();
  for (const el of childElements(root, 'key')) {
    const id = attrOf(el, 'id');
    if (id === undefined) continue;
    const def: KeyDef & { for: string } = {
      name: attrOf(el, 'attr.name') ?? id,
      type: attrOf(el, 'attr.type') ?? 'string',
      for: attrOf(el, 'for') ?? 'all',
    };
    const fallback = firstChild(el, 'default');
    if (fallback) def.default = fallback.textContent ?? '';
    keys.set(id, def);
  }
  return keys;
}

function dataValues(el: XmlElementLike, keys: Map<string, KeyDef & { for: string }>, owner: string) {
  const values = new Map<string, ColumnValue>();
  for (const [, def] of keys) {
    if (def.default === undefined || (def.for !== owner && def.for !== 'all')) continue;
    const value = parseColumnValue(def.type, def.default);
    if (value !== undefined) values.set(def.name, value);
  }
  for (const data of childElements(el, 'data')) {
    const def = keys.get(attrOf(data, 'key') ?? '');
    if (!def) continue;
    const value = parseColumnValue(def.type, data.textContent ?? '');
    if (value !== undefined) values.set(def.name, value);
  }
  return values;
}

function readNode(el: XmlElementLike, keys: Map<string, KeyDef & { for: string }>): RawNode {
  const fields = dataValues(el, keys, 'node');
  const node: RawNode = { id: attrOf(el, 'id') ?? '', where: describeElement(el, 'id'), fields };
  const x = fields.get('x');
  const y = fields.get('y');
  if (typeof x === 'number' && typeof y === 'number') node.position = { x, y };
  return node;
}

function readEdge(el: XmlElementLike, keys: Map<string, KeyDef & { for: string }>): RawEdge {
  return {
    source: attrOf(el, 'source') ?? '',
    target: attrOf(el, 'target') ?? '',
    where: describeElement(el, 'id', 'source', 'target'),
    fields: dataValues(el, keys, 'edge'),
  };
}

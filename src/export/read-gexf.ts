import { SourcetraceError } from '../model';
import { buildRawGraph } from './build-raw-graph';
import type { ColumnValue } from './columns';
import { parseColumnValue } from './columns';
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

const MODULE = 'export/gexf';

/** Declared attributes by id, and the defaults of those we read (see declaredDefaults). */
interface Model {
  byId: Map<string, FieldDef>;
  defaults: Map<string, ColumnValue>;
}

/**
 * Reads GEXF 1.1–1.3 written by us or by other tools (Gephi, networkx). Attribute values are matched by
 * their declared title, so Gephi's numeric attribute ids work; `viz:position` becomes the node's position.
 */
export function readGexf(text: string, parser: XmlParser, options: ReadOptions = {}): ReadResult {
  const file = options.file ?? 'input';
  try {
    return buildRawGraph(rawGexf(parseXmlRoot(parser, text, MODULE, file), file, text.length), MODULE, options);
  } catch (err) {
    if (err instanceof SourcetraceError) return { ok: false, problems: [err.message] };
    throw err;
  }
}

function rawGexf(root: XmlElementLike, file: string, inputChars: number): RawGraph {
  if (nameOf(root) !== 'gexf')
    throw new SourcetraceError(MODULE, `${file}: root element is <${root.tagName}>, not <gexf>`);
  const graphEl = firstChild(root, 'graph');
  if (!graphEl) throw new SourcetraceError(MODULE, `${file}: <gexf> has no <graph> element`);
  const raw: RawGraph = { nodes: [], edges: [], warnings: [] };
  const description = firstChild(firstChild(root, 'meta') ?? root, 'description');
  if (description) raw.name = description.textContent ?? '';
  const models = readModels(graphEl, file);
  for (const nodes of childElements(graphEl, 'nodes')) {
    for (const el of childElements(nodes, 'node')) raw.nodes.push(readNode(el, models.node, raw, file));
  }
  for (const edges of childElements(graphEl, 'edges')) {
    for (const el of childElements(edges, 'edge')) raw.edges.push(readEdge(el, models.edge, file));
  }
  const where = `${file}: <attribute> defaults`;
  checkDefaultsGrowth(models.node.defaults, raw.nodes.length, inputChars, MODULE, `${where} for nodes`);
  checkDefaultsGrowth(models.edge.defaults, raw.edges.length, inputChars, MODULE, `${where} for edges`);
  return raw;
}

function readModels(graphEl: XmlElementLike, file: string): { node: Model; edge: Model } {
  const byClass: Record<string, Map<string, FieldDef>> = { node: new Map(), edge: new Map() };
  let declared = 0;
  for (const el of childElements(graphEl, 'attributes')) {
    const model = byClass[attrOf(el, 'class') ?? ''];
    if (!model) continue;
    const attributes = childElements(el, 'attribute');
    declared += attributes.length;
    checkCount(declared, MAX_XML_KEYS, MODULE, `${file}: <attributes>`, '<attribute> declarations');
    for (const attr of attributes) {
      const id = attrOf(attr, 'id');
      if (id === undefined) continue;
      const def: FieldDef = { name: attrOf(attr, 'title') ?? id, type: attrOf(attr, 'type') ?? 'string' };
      const fallback = firstChild(attr, 'default');
      if (fallback) def.default = fallback.textContent ?? '';
      model.set(id, def);
    }
  }
  const modelOf = (owner: 'node' | 'edge'): Model => ({
    byId: byClass[owner]!,
    defaults: declaredDefaults(byClass[owner]!.values(), READ_FIELDS[owner]!),
  });
  return { node: modelOf('node'), edge: modelOf('edge') };
}

/** The `<attvalue>`s of the fields we read, falling back on the declared defaults. */
function attributeValues(el: XmlElementLike, where: string, model: Model, owner: 'node' | 'edge') {
  const values = new FieldsWithDefaults(model.defaults);
  const read = READ_FIELDS[owner]!;
  let count = 0;
  for (const attvalues of childElements(el, 'attvalues')) {
    const items = childElements(attvalues, 'attvalue');
    count += items.length;
    checkCount(count, MAX_XML_VALUES_PER_ELEMENT, MODULE, where, '<attvalue> values');
    for (const att of items) {
      // GEXF 1.0 used `id` where later versions use `for`.
      const def = model.byId.get(attrOf(att, 'for') ?? attrOf(att, 'id') ?? '');
      if (!def || !read.has(def.name)) continue;
      const value = parseColumnValue(def.type, attrOf(att, 'value') ?? '');
      if (value !== undefined) values.set(def.name, value);
    }
  }
  return values;
}

function readNode(el: XmlElementLike, model: Model, raw: RawGraph, file: string): RawNode {
  const where = describeElement(el, 'id');
  const node: RawNode = {
    id: attrOf(el, 'id') ?? '',
    where,
    fields: attributeValues(el, `${file}: ${where}`, model, 'node'),
  };
  const label = attrOf(el, 'label');
  if (label !== undefined) node.label = label;
  const position = firstChild(el, 'position');
  const x = parseColumnValue('double', (position && attrOf(position, 'x')) ?? '');
  const y = parseColumnValue('double', (position && attrOf(position, 'y')) ?? '');
  if (typeof x === 'number' && typeof y === 'number') node.position = { x, y };
  if (firstChild(el, 'nodes'))
    raw.warnings.push(`${file}: ${node.where}: nested nodes skipped (hierarchies are not supported)`);
  return node;
}

function readEdge(el: XmlElementLike, model: Model, file: string): RawEdge {
  const where = describeElement(el, 'id', 'source', 'target');
  const fields = attributeValues(el, `${file}: ${where}`, model, 'edge');
  const nativeKind = attrOf(el, 'kind');
  if (!fields.has('kind') && nativeKind !== undefined) fields.set('kind', nativeKind);
  return {
    source: attrOf(el, 'source') ?? '',
    target: attrOf(el, 'target') ?? '',
    where,
    fields,
  };
}

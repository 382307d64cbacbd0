import { SourcetraceError } from '../model';
import { buildRawGraph } from './build-raw-graph';
import type { ColumnValue } from './columns';
import { parseColumnValue } from './columns';
import type { RawEdge, RawGraph, RawNode, ReadOptions, ReadResult } from './raw-graph';
import type { XmlElementLike, XmlParser } from './xml-dom';
import { attrOf, childElements, describeElement, firstChild, nameOf, parseXmlRoot } from './xml-dom';

const MODULE = 'export/gexf';

interface AttributeDef {
  title: string;
  type: string;
  default?: string;
}
type Model = Map<string, AttributeDef>;

/**
 * Reads GEXF 1.1–1.3 written by us or by other tools (Gephi, networkx). Attribute values are matched by
 * their declared title, so Gephi's numeric attribute ids work; `viz:position` becomes the node's position.
 */
export function readGexf(text: string, parser: XmlParser, options: ReadOptions = {}): ReadResult {
  const file = options.file ?? 'input';
  try {
    return buildRawGraph(rawGexf(parseXmlRoot(parser, text, MODULE, file), file), MODULE, options);
  } catch (err) {
    if (err instanceof SourcetraceError) return { ok: false, problems: [err.message] };
    throw err;
  }
}

function rawGexf(root: XmlElementLike, file: string): RawGraph {
  if (nameOf(root) !== 'gexf')
    throw new SourcetraceError(MODULE, `${file}: root element is <${root.tagName}>, not <gexf>`);
  const graphEl = firstChild(root, 'graph');
  if (!graphEl) throw new SourcetraceError(MODULE, `${file}: <gexf> has no <graph> element`);
  const raw: RawGraph = { nodes: [], edges: [], warnings: [] };
  const description = firstChild(firstChild(root, 'meta') ?? root, 'description');
  if (description) raw.name = description.textContent ?? '';
  const models = { node: new Map(), edge: new Map() } as Record<string, Model>;
  for (const el of childElements(graphEl, 'attributes')) {
    const model = models[attrOf(el, 'class') ?? ''];
    if (model) readModel(el, model);
  }
  for (const nodes of childElements(graphEl, 'nodes')) {
    for (const el of childElements(nodes, 'node')) raw.nodes.push(readNode(el, models.node!, raw, file));
  }
  for (const edges of childElements(graphEl, 'edges')) {
    for (const el of childElements(edges, 'edge')) raw.edges.push(readEdge(el, models.edge!));
  }
  return raw;
}

function readModel(el: XmlElementLike, model: Model): void {
  for (const attr of childElements(el, 'attribute')) {
    const id = attrOf(attr, 'id');
    if (id === undefined) continue;
    const def: AttributeDef = { title: attrOf(attr, 'title') ?? id, type: attrOf(attr, 'type') ?? 'string' };
    const fallback = firstChild(attr, 'default');
    if (fallback) def.default = fallback.textContent ?? '';
    model.set(id, def);
  }
}

function attributeValues(el: XmlElementLike, model: Model): Map<string, ColumnValue> {
  const values = new Map<string, ColumnValue>();
  for (const def of model.values()) {
    const value = def.default === undefined ? undefined : parseColumnValue(def.type, def.default);
    if (value !== undefined) values.set(def.title, value);
  }
  for (const attvalues of childElements(el, 'attvalues')) {
    for (const att of childElements(attvalues, 'attvalue')) {
      // GEXF 1.0 used `id` where later versions use `for`.
      const def = model.get(attrOf(att, 'for') ?? attrOf(att, 'id') ?? '');
      const value = def && parseColumnValue(def.type, attrOf(att, 'value') ?? '');
      if (def && value !== undefined) values.set(def.title, value);
    }
  }
  return values;
}

function readNode(el: XmlElementLike, model: Model, raw: RawGraph, file: string): RawNode {
  const node: RawNode = {
    id: attrOf(el, 'id') ?? '',
    where: describeElement(el, 'id'),
    fields: attributeValues(el, model),
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

function readEdge(el: XmlElementLike, model: Model): RawEdge {
  const fields = attributeValues(el, model);
  const nativeKind = attrOf(el, 'kind');
  if (!fields.has('kind') && nativeKind !== undefined) fields.set('kind', nativeKind);
  return {
    source: attrOf(el, 'source') ?? '',
    target: attrOf(el, 'target') ?? '',
    where: describeElement(el, 'id', 'source', 'target'),
    fields,
  };
}

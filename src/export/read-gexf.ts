import { SourcetraceError } from '../model';
import { buildRawGraph } from './build-raw-graph';
import type { ColumnValue } from './columns';
import { parseColumnValue } from './columns';
import type { RawEdge, RawGraph, RawNode, ReadOptions, ReadResult } from './raw-graph';
import type { XmlElementLike, XmlParser } from './xml-dom';
import { childElements, describeElement, firstChild, nameOf, parseXmlRoot } from './xml-dom';

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
    const model = models[el.getAttribute('class') ?? ''];
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
    const id = attr.getAttribute('id');
    if (id === null) continue;
    const def: AttributeDef = { title: attr.getAttribute('title') ?? id, type: attr.getAttribute('type') ?? 'string' };
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
      const def = model.get(att.getAttribute('for') ?? att.getAttribute('id') ?? '');
      const value = def && parseColumnValue(def.type, att.getAttribute('value') ?? '');
      if (def && value !== undefined) values.set(def.title, value);
    }
  }
  return values;
}

function readNode(el: XmlElementLike, model: Model, raw: RawGraph, file: string): RawNode {
  const node: RawNode = {
    id: el.getAttribute('id') ?? '',
    where: describeElement(el, 'id'),
    fields: attributeValues(el, model),
  };
  const label = el.getAttribute('label');
  if (label !== null) node.label = label;
  const position = firstChild(el, 'position');
  const x = Number(position?.getAttribute('x') ?? NaN);
  const y = Number(position?.getAttribute('y') ?? NaN);
  if (Number.isFinite(x) && Number.isFinite(y)) node.position = { x, y };
  if (firstChild(el, 'nodes'))
    raw.warnings.push(`${file}: ${node.where}: nested nodes skipped (hierarchies are not supported)`);
  return node;
}

function readEdge(el: XmlElementLike, model: Model): RawEdge {
  const fields = attributeValues(el, model);
  const nativeKind = el.getAttribute('kind');
  if (!fields.has('kind') && nativeKind !== null) fields.set('kind', nativeKind);
  return {
    source: el.getAttribute('source') ?? '',
    target: el.getAttribute('target') ?? '',
    where: describeElement(el, 'id', 'source', 'target'),
    fields,
  };
}

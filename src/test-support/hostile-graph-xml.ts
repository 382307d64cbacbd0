import fc from 'fast-check';
import { doctypeArb, entityRefArb, payloadArb } from './hostile-markup';
import { EXTREME_NUMBERS, PROTO_KEYS } from './hostile-text';

/**
 * GraphML and GEXF documents shaped like ours and like other tools' (foreign key ids, Gephi attribute
 * ids), with hostile names, types, defaults and values spliced in, so the inputs reach key mapping,
 * default handling, kind mapping and validation, not only the XML parser's first error.
 */

const FIELD_NAMES = [
  'kind',
  'label',
  'aliases',
  'evidence',
  'x',
  'y',
  'confidence',
  'cue',
  'text',
  'outlet',
  'url',
] as const;
const TYPES = ['string', 'double', 'float', 'int', 'long', 'boolean', 'liststring', 'bogus', ''] as const;
const KINDS = [
  'outlet',
  'person',
  'organization',
  'article',
  'claim',
  'document',
  'reports',
  'cites',
  'mentions',
] as const;

const fieldName = fc.oneof(fc.constantFrom(...FIELD_NAMES), fc.constantFrom(...PROTO_KEYS), payloadArb);
const value = fc.oneof(
  { weight: 2, arbitrary: payloadArb },
  { weight: 2, arbitrary: fc.constantFrom(...EXTREME_NUMBERS, 'NaN', 'Infinity', 'true', 'TRUE', 'yes', '') },
  { weight: 2, arbitrary: fc.constantFrom(...KINDS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('[]', '["a","__proto__"]', '[{"article":"article:a","start":0,"end":1e308}]', '[', '{}'),
  },
);

const keyArb = fc.record({
  name: fieldName,
  type: fc.constantFrom(...TYPES),
  owner: fc.constantFrom('node', 'edge', 'all', 'graph', ''),
  fallback: fc.option(value, { nil: undefined }),
});

const dataArb = fc.record({ key: fc.nat(), value, ref: entityRefArb });

const elementArb = fc.record({
  id: fc.oneof(fc.constantFrom('n0', 'n1', 'outlet:reuters', 'article:a', '__proto__', 'constructor', ''), payloadArb),
  data: fc.array(dataArb, { maxLength: 5 }),
});

/** Scale of the flat structure: many nodes or many keys, for defaults and attribute counts. */
const bulkArb = fc.record({ nodes: fc.nat({ max: 400 }), keys: fc.nat({ max: 40 }) });

const docArb = fc.record({
  doctype: doctypeArb,
  keys: fc.array(keyArb, { maxLength: 8 }),
  nodes: fc.array(elementArb, { maxLength: 8 }),
  edges: fc.array(fc.record({ source: fc.nat(), target: fc.nat(), data: fc.array(dataArb, { maxLength: 4 }) }), {
    maxLength: 8,
  }),
  bulk: bulkArb,
  undirected: fc.boolean(),
});

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

const idOf = (doc: Doc, i: number) => doc.nodes[i % Math.max(1, doc.nodes.length)]?.id ?? 'n0';

function graphmlDoc(doc: Doc): string {
  const keys = doc.keys.map(
    (k, i) =>
      `<key id="d${i}" for="${k.owner}" attr.name="${k.name}" attr.type="${k.type}">` +
      `${k.fallback === undefined ? '' : `<default>${k.fallback}</default>`}</key>`,
  );
  for (let i = 0; i < doc.bulk.keys; i++)
    keys.push(`<key id="b${i}" for="node" attr.name="extra${i}" attr.type="string"/>`);
  const data = (d: Doc['nodes'][number]['data']) =>
    d.map((x) => `<data key="d${x.key % 10}">${x.value}${x.ref}</data>`).join('');
  const nodes = doc.nodes.map((n) => `<node id="${n.id}">${data(n.data)}</node>`);
  for (let i = 0; i < doc.bulk.nodes; i++) nodes.push(`<node id="bulk${i}"/>`);
  const edges = doc.edges.map(
    (e) => `<edge source="${idOf(doc, e.source)}" target="${idOf(doc, e.target)}">${data(e.data)}</edge>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>${doc.doctype}<graphml xmlns="http://graphml.graphdrawing.org/xmlns">` +
    `${keys.join('')}<graph edgedefault="${doc.undirected ? 'undirected' : 'directed'}">${nodes.join('')}${edges.join('')}</graph></graphml>`
  );
}

function gexfDoc(doc: Doc): string {
  const model = (owner: string) =>
    doc.keys
      .filter((k) => k.owner === owner || k.owner === 'all')
      .map(
        (k, i) =>
          `<attribute id="${i}" title="${k.name}" type="${k.type}">${k.fallback === undefined ? '' : `<default>${k.fallback}</default>`}</attribute>`,
      )
      .join('');
  const values = (d: Doc['nodes'][number]['data']) =>
    `<attvalues>${d.map((x) => `<attvalue for="${x.key % 10}" value="${x.value}${x.ref}"/>`).join('')}</attvalues>`;
  const nodes = doc.nodes.map(
    (n, i) =>
      `<node id="${n.id}" label="${n.data[0]?.value ?? n.id}">${values(n.data)}<viz:position x="${EXTREME_NUMBERS[i % EXTREME_NUMBERS.length]}" y="1"/></node>`,
  );
  for (let i = 0; i < doc.bulk.nodes; i++) nodes.push(`<node id="bulk${i}"/>`);
  const edges = doc.edges.map(
    (e, i) =>
      `<edge id="e${i}" source="${idOf(doc, e.source)}" target="${idOf(doc, e.target)}" kind="${KINDS[i % KINDS.length]}">${values(e.data)}</edge>`,
  );
  return (
    `<?xml version="1.0" encoding="UTF-8"?>${doc.doctype}<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">` +
    `<meta><description>${doc.nodes[0]?.id ?? ''}</description></meta><graph defaultedgetype="directed">` +
    `<attributes class="node">${model('node')}</attributes><attributes class="edge">${model('edge')}</attributes>` +
    `<nodes>${nodes.join('')}</nodes><edges>${edges.join('')}</edges></graph></gexf>`
  );
}

export const graphmlArb: fc.Arbitrary<string> = docArb.map(graphmlDoc);
export const gexfArb: fc.Arbitrary<string> = docArb.map(gexfDoc);

/** Every node a document inheriting one big description default: an amplification probe (`nodes × chars`). */
function defaultsBomb(nodes: number, defaultChars: number): Doc {
  return {
    doctype: '',
    keys: [
      { name: 'kind', type: 'string', owner: 'node', fallback: 'document' },
      { name: 'description', type: 'string', owner: 'node', fallback: 'd'.repeat(defaultChars) },
    ],
    nodes: [],
    edges: [],
    bulk: { nodes, keys: 0 },
    undirected: false,
  };
}

export const graphmlDefaultsBomb = (nodes: number, defaultChars: number) =>
  graphmlDoc(defaultsBomb(nodes, defaultChars));
export const gexfDefaultsBomb = (nodes: number, defaultChars: number) => gexfDoc(defaultsBomb(nodes, defaultChars));

import fc from 'fast-check';
import type { EdgeKind, NodeAttributes, SourcetraceGraph } from '../model';
import { EDGE_KINDS, createGraph, nodeKey, upsertEdge, upsertNode } from '../model';
import type { Position } from './export-options';

// What XML 1.0 cannot carry at all; the XML writers replace these, so generated text leaves them out.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/g;
const SPECIALS = [
  '&',
  '<',
  '>',
  '"',
  "'",
  '\r\n',
  '\r',
  '\n',
  '\t',
  ',',
  ' ',
  '__proto__',
  ']]>',
  '<script>alert(1)</script>',
  'é',
  '😀',
];

/** Text mixing arbitrary Unicode with characters that stress XML and CSV quoting. */
export const textArb = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom(...SPECIALS)), { maxLength: 6 })
  .map((parts) => parts.join('').replace(NOT_XML, ''));

const nameArb = textArb.filter((t) => t.trim().length > 0);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const unitArb = fc.double({ min: 0, max: 1, noNaN: true }).map((v) => v + 0);
const coordArb = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const entityArb: fc.Arbitrary<NodeAttributes> = fc
  .oneof(
    fc.record({
      kind: fc.constant('outlet' as const),
      label: nameArb,
      aliases: fc.array(nameArb, { maxLength: 2 }),
      domain: opt(textArb),
    }),
    fc.record({
      kind: fc.constantFrom('person' as const, 'organization' as const),
      label: nameArb,
      aliases: fc.array(nameArb, { maxLength: 2 }),
      anonymous: fc.boolean(),
      role: opt(textArb),
    }),
    fc.record({
      kind: fc.constant('document' as const),
      label: nameArb,
      aliases: fc.constant([]),
      description: textArb,
    }),
    fc.record({ kind: fc.constant('claim' as const), label: nameArb, aliases: fc.constant([]), text: textArb }),
  )
  .map((attrs) => defined(attrs) as NodeAttributes);

const articleArb = fc
  .record({
    id: nameArb,
    title: textArb,
    outlet: fc.constantFrom('', 'outlet:x'),
    url: opt(textArb),
    publishedAt: opt(fc.constantFrom('2025-10-31', '2025-11-01T08:00:00Z')),
    author: opt(textArb),
    summary: opt(fc.constant(true)),
    text: textArb.map((t) => t + ' The ministry said so. Officials told reporters, "no comment."'),
  })
  .map(({ id, ...rest }) => ({
    id,
    attrs: defined({ kind: 'article' as const, label: rest.title || id, aliases: [], ...rest }),
  }));

const edgeSpecArb = fc.record({
  from: fc.nat(),
  to: fc.nat(),
  kind: fc.constantFrom<EdgeKind>(...EDGE_KINDS),
  evidence: fc.array(fc.record({ article: fc.nat(), start: fc.nat(), length: fc.nat({ max: 30 }) }), { maxLength: 3 }),
  cue: opt(textArb),
  confidence: opt(unitArb),
});

export interface GeneratedGraph {
  graph: SourcetraceGraph;
  positions: Map<string, Position>;
}

/** Random valid graphs: every edge end exists, all evidence lies inside an article of the graph. */
export const graphArb: fc.Arbitrary<GeneratedGraph> = fc
  .record({
    name: opt(textArb),
    articles: fc.array(articleArb, { minLength: 1, maxLength: 3 }),
    entities: fc.array(entityArb, { maxLength: 8 }),
    edges: fc.array(edgeSpecArb, { maxLength: 12 }),
    coords: fc.array(fc.option(fc.tuple(coordArb, coordArb)), { maxLength: 12 }),
  })
  .map(({ name, articles, entities, edges, coords }) => {
    const graph = createGraph();
    if (name !== undefined) graph.setAttribute('name', name);
    const articleKeys = articles.map(({ id, attrs }) => upsertNode(graph, nodeKey('article', id), attrs));
    for (const attrs of entities) upsertNode(graph, nodeKey(attrs.kind, attrs.label), attrs);
    const keys = graph.nodes();
    for (const spec of edges) {
      const evidence = spec.evidence.map(({ article, start, length }) => {
        const key = articleKeys[article % articleKeys.length]!;
        const text = (graph.getNodeAttributes(key) as { text: string }).text;
        const from = start % (text.length + 1);
        return { article: key, start: from, end: Math.min(text.length, from + length) };
      });
      const input = {
        kind: spec.kind,
        source: keys[spec.from % keys.length]!,
        target: keys[spec.to % keys.length]!,
        evidence,
      };
      upsertEdge(graph, defined({ ...input, cue: spec.cue, confidence: spec.confidence }));
    }
    const positions = new Map<string, Position>();
    keys.forEach((key, i) => {
      const c = coords[i];
      if (c) positions.set(key, { x: c[0], y: c[1] });
    });
    return { graph, positions };
  });

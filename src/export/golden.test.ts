import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../corpus';
import { EDGE_COLUMNS, NODE_COLUMNS } from './columns';
import { layoutGraph } from './layout-graph';
import { readGexf } from './read-gexf';
import { readGraphml } from './read-graphml';
import { readJson } from './read-json';
import { writeCsvZip } from './write-csv';
import { writeCyjs } from './write-cyjs';
import { writeGexf } from './write-gexf';
import { writeGraphml } from './write-graphml';
import { writeJson } from './write-json';
import { writeSvg } from './write-svg';
import { childElements, nameOf } from './xml-dom';
import { testXmlParser } from './xml-parser.test-helper';

// The real article the project started from; read in place, never copied into the repo.
const seedPath = fileURLToPath(new URL('../../../shared/corpus/seed-article.txt', import.meta.url));
const { graph } = extractArticle({ id: 'seed', text: readFileSync(seedPath, 'utf8'), outlet: 'Daily Caller' });
const positions = layoutGraph(graph, { seed: 42 });
const parser = testXmlParser();
const elements = (xml: string, name: string) =>
  parser.parseFromString(xml, 'application/xml').getElementsByTagName(name);

describe("the seed article's graph in every format", () => {
  it('is a graph worth exporting (articles, sources, claims, evidenced edges)', () => {
    expect(graph.order).toBeGreaterThan(5);
    expect(graph.someEdge((_e, a) => a.evidence.length > 0)).toBe(true);
  });

  it('GraphML: one <node>/<edge> per node/edge and typed keys for every column', () => {
    const xml = writeGraphml(graph, { positions });
    expect(elements(xml, 'node')).toHaveLength(graph.order);
    expect(elements(xml, 'edge')).toHaveLength(graph.size);
    const keys = Array.from(elements(xml, 'key')).map(
      (k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}:${k.getAttribute('attr.type')}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'node:kind:string',
        'node:label:string',
        'node:outlet:string',
        'node:color:string',
        'node:x:double',
        'node:y:double',
        'edge:kind:string',
        'edge:evidenceCount:int',
      ]),
    );
    expect(keys).toHaveLength(1 + NODE_COLUMNS.length + EDGE_COLUMNS.length);
    const back = readGraphml(xml, parser);
    expect(back.ok && [back.graph.order, back.graph.size, back.positions.size]).toEqual([
      graph.order,
      graph.size,
      graph.order,
    ]);
  });

  it('GEXF 1.3: nodes, edges, typed attribute columns, viz colour and position on every node', () => {
    const xml = writeGexf(graph, { positions });
    const doc = parser.parseFromString(xml, 'application/xml');
    expect(doc.documentElement!.getAttribute('version')).toBe('1.3');
    expect(elements(xml, 'node')).toHaveLength(graph.order);
    expect(elements(xml, 'edge')).toHaveLength(graph.size);
    expect(elements(xml, 'viz:color')).toHaveLength(graph.order);
    expect(elements(xml, 'viz:position')).toHaveLength(graph.order);
    const columns = Array.from(elements(xml, 'attribute')).map(
      (a) => `${a.getAttribute('id')}:${a.getAttribute('type')}`,
    );
    expect(columns).toEqual(
      expect.arrayContaining(['kind:string', 'outlet:string', 'evidenceCount:integer', 'confidence:double']),
    );
    const back = readGexf(xml, parser);
    expect(back.ok && [back.graph.order, back.graph.size]).toEqual([graph.order, graph.size]);
  });

  it('JSON: the same nodes and edges, all evidence kept', () => {
    const data = JSON.parse(writeJson(graph));
    expect([data.nodes.length, data.edges.length]).toEqual([graph.order, graph.size]);
    const evidence = (d: { edges: { attributes: { evidence: unknown[] } }[] }) =>
      d.edges.reduce((n, e) => n + e.attributes.evidence.length, 0);
    expect(evidence(data)).toBe(graph.reduceEdges((n, _e, a) => n + a.evidence.length, 0));
    expect(readJson(JSON.stringify(data)).ok).toBe(true);
  });

  it('CSV zip: a header plus one row per node and per edge, evidence sentences from the article', () => {
    const files = unzipSync(writeCsvZip(graph));
    const lines = (name: string) => strFromU8(files[name]!).split('\r\n').filter(Boolean);
    expect(lines('nodes.csv')[0]).toMatch(/^id,kind,label,outlet,/);
    // Records end in CRLF; line breaks inside evidence cells are bare LF, so CRLFs count the records.
    expect(lines('nodes.csv')).toHaveLength(graph.order + 1);
    expect(strFromU8(files['edges.csv']!).match(/\r\n/g)).toHaveLength(graph.size + 1);
  });

  it('Cytoscape JSON and SVG hold every node and edge', () => {
    const cy = JSON.parse(writeCyjs(graph, { positions }));
    expect([cy.elements.nodes.length, cy.elements.edges.length]).toEqual([graph.order, graph.size]);
    const svg = writeSvg(graph, { positions });
    const groups = Array.from(elements(svg, 'g'));
    const edgeGroup = groups.find((g) => g.getAttribute('class') === 'edges')!;
    const nodeGroup = groups.find((g) => g.getAttribute('class') === 'nodes')!;
    expect(childElements(edgeGroup)).toHaveLength(graph.size);
    expect(childElements(nodeGroup).filter((el) => nameOf(el) !== 'text')).toHaveLength(graph.order);
  });
});

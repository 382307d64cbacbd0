import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createGraph, upsertEdge, upsertNode } from '../model';
import { evidenceSentences } from './evidence-sentence';
import { exportFileName } from './file-name';
import { layoutGraph } from './layout-graph';
import { csvField, writeCsvZip, writeEdgesCsv, writeNodesCsv } from './write-csv';
import { writeCyjs } from './write-cyjs';
import { writeGraphml } from './write-graphml';
import { writeSvg } from './write-svg';
import { testXmlParser } from './xml-parser.test-helper';

const XSS = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

/** A small hostile graph: quotes, commas, line breaks and markup in every text field. */
function hostileGraph() {
  const graph = createGraph();
  const text = 'First line. He said, "no", then left.\nSecond, with "quotes". =HYPERLINK("x") end.';
  upsertNode(graph, 'article:a1', {
    kind: 'article',
    label: 'A, "1"',
    aliases: [],
    title: 'A, "1"',
    outlet: 'outlet:o',
    text,
  });
  upsertNode(graph, 'outlet:o', { kind: 'outlet', label: XSS, aliases: ['x\ny'] });
  upsertNode(graph, 'person:p', { kind: 'person', label: '=cmd|calc', aliases: [], anonymous: false });
  upsertEdge(graph, { kind: 'publishes', source: 'outlet:o', target: 'article:a1' });
  const start = text.indexOf('said');
  upsertEdge(graph, {
    kind: 'cites',
    source: 'article:a1',
    target: 'person:p',
    evidence: [{ article: 'article:a1', start, end: start + 4 }],
    cue: 'said',
  });
  return graph;
}

/** Minimal RFC 4180 reader for checking what we wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks per RFC 4180 and reads back to the same cells', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    const rows = parseCsv(writeNodesCsv(hostileGraph()));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    const outlet = rows.find((r) => r[0] === 'outlet:o')!;
    expect(outlet[2]).toBe(XSS);
    expect(outlet[4]).toBe('x\ny');
  });

  it('puts the evidence sentence in the evidence column and guards formula-like cells', () => {
    const rows = parseCsv(writeEdgesCsv(hostileGraph()));
    const header = rows[0]!;
    const cites = rows.find((r) => r[3] === 'cites')!;
    expect(cites[header.indexOf('evidence')]).toBe('He said, "no", then left.');
    expect(cites[header.indexOf('target_label')]).toBe("'=cmd|calc");
    expect(parseCsv(writeEdgesCsv(hostileGraph(), { guardFormulas: false })).find((r) => r[3] === 'cites')![5]).toBe(
      '=cmd|calc',
    );
  });

  it('zips nodes.csv and edges.csv', () => {
    const files = unzipSync(writeCsvZip(hostileGraph()));
    expect(Object.keys(files).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(strFromU8(files['nodes.csv']!)).toBe(writeNodesCsv(hostileGraph()));
  });

  it('marks evidence whose article is not in the graph instead of inventing a sentence', () => {
    const graph = hostileGraph();
    upsertEdge(graph, {
      kind: 'cites',
      source: 'outlet:o',
      target: 'person:p',
      evidence: [{ article: 'article:gone', start: 3, end: 9 }],
    });
    expect(evidenceSentences(graph, graph.getEdgeAttribute('cites|outlet:o|person:p', 'evidence'))).toEqual([
      '[article:gone 3–9]',
    ]);
  });
});

describe('SVG', () => {
  const parser = testXmlParser();

  it('draws every node with its label escaped, edges with arrows, and a legend', () => {
    const graph = hostileGraph();
    const svg = writeSvg(graph, { positions: layoutGraph(graph), background: 'white' });
    const root = parser.parseFromString(svg, 'application/xml').documentElement!;
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const doc = parser.parseFromString(svg, 'application/xml');
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    const labels = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(labels).toContain('A, "1"');
    expect(labels.some((l) => l?.startsWith('<script>'))).toBe(true); // shown as text, not markup
    const arrows = Array.from(doc.getElementsByTagName('path')).filter((p) => p.getAttribute('marker-end'));
    expect(arrows).toHaveLength(graph.size);
    expect(labels).toEqual(expect.arrayContaining(['article', 'outlet', 'person', 'publishes', 'cites']));
  });

  it('bends edges that share a pair of nodes apart, and leaves a lone edge straight', () => {
    const graph = hostileGraph();
    upsertEdge(graph, { kind: 'mentions', source: 'article:a1', target: 'person:p' });
    upsertEdge(graph, { kind: 'cites', source: 'person:p', target: 'article:a1', evidence: [] });
    const positions = new Map([
      ['article:a1', { x: 0, y: 0 }],
      ['person:p', { x: 100, y: 0 }],
      ['outlet:o', { x: 0, y: 100 }],
    ]);
    const doc = testXmlParser().parseFromString(writeSvg(graph, { positions }), 'application/xml');
    const controls = Array.from(doc.getElementsByTagName('path'))
      .map((p) => /Q(\S+)/.exec(p.getAttribute('d') ?? '')?.[1])
      .filter((c): c is string => c !== undefined);
    expect(controls).toHaveLength(4);
    expect(new Set(controls).size).toBe(4);
    expect(controls).toContain('60,560'); // the lone publishes edge: control point midway on the straight line
  });

  it('refuses a graph without positions, naming the node', () => {
    expect(() => writeSvg(hostileGraph())).toThrow(/^export\/svg: node "article:a1" has no position/);
  });

  it('lays out deterministically for the same seed', () => {
    const graph = hostileGraph();
    expect([...layoutGraph(graph, { seed: 7 })]).toEqual([...layoutGraph(graph, { seed: 7 })]);
    expect([...layoutGraph(graph, { seed: 7 })]).not.toEqual([...layoutGraph(graph, { seed: 8 })]);
  });
});

describe('filters, Cytoscape JSON and file names', () => {
  it('exports only the visible nodes and the edges between them', () => {
    const xml = writeGraphml(hostileGraph(), { filter: { nodes: ['article:a1', 'person:p'] } });
    const doc = testXmlParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('node')).toHaveLength(2);
    expect(doc.getElementsByTagName('edge')).toHaveLength(1);
  });

  it('writes Cytoscape desktop JSON with name/interaction columns and positions', () => {
    const graph = hostileGraph();
    const doc = JSON.parse(writeCyjs(graph, { positions: new Map([['person:p', { x: 5, y: 6 }]]) }));
    expect(doc.elements.nodes).toHaveLength(3);
    const person = doc.elements.nodes.find((n: { data: { id: string } }) => n.data.id === 'person:p');
    expect(person).toMatchObject({ data: { name: '=cmd|calc', kind: 'person' }, position: { x: 5, y: 6 } });
    const cites = doc.elements.edges.find((e: { data: { kind: string } }) => e.data.kind === 'cites');
    expect(cites.data).toMatchObject({
      interaction: 'cites',
      evidence_count: 1,
      evidence: ['He said, "no", then left.'],
    });
  });

  it('names files after the outlet filter and the local date', () => {
    const day = new Date(2025, 10, 3, 23, 30);
    expect(exportFileName('graphml', day)).toBe('sourcetrace-all-2025-11-03.graphml');
    // A name gets its key's slug ("The Miami Herald" is outlet:miami-herald), so both spellings name one file.
    expect(exportFileName('.csv', day, ['outlet:wall-street-journal', 'The Miami Herald'])).toBe(
      'sourcetrace-miami-herald+wall-street-journal-2025-11-03.csv',
    );
    expect(exportFileName('csv', day, ['outlet:miami-herald', 'The Miami Herald'])).toBe(
      'sourcetrace-miami-herald-2025-11-03.csv',
    );
    expect(exportFileName('svg', day, ['a', 'b', 'c', 'd'])).toBe('sourcetrace-4-outlets-2025-11-03.svg');
  });
});

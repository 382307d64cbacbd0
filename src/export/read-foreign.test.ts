import { describe, expect, it } from 'vitest';
import { createGraph, serializeGraph, upsertEdge, upsertNode } from '../model';
import { expectValidGraph } from '../test-support/graph-checks';
import { importGraphFile, readGraphFile } from './read-graph-file';
import { readGexf } from './read-gexf';
import { readGraphml } from './read-graphml';
import { readJson } from './read-json';
import { testXmlParser } from './xml-parser.test-helper';

const parser = testXmlParser();

// Shaped like networkx.write_graphml output: numbered key ids, attr.name carrying the column name.
const NETWORKX_GRAPHML = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <key id="d0" for="node" attr.name="kind" attr.type="string"/>
  <key id="d1" for="node" attr.name="label" attr.type="string"/>
  <key id="d2" for="node" attr.name="anonymous" attr.type="boolean"><default>false</default></key>
  <key id="d3" for="edge" attr.name="weight" attr.type="double"/>
  <key id="d4" for="edge" attr.name="kind" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="Reuters"><data key="d0">outlet</data><data key="d1">Reuters</data></node>
    <node id="n1"><data key="d1">Jane Doe</data></node>
    <node id="n2"><data key="d0">person</data><data key="d1">Sam Roe</data><data key="d2">true</data></node>
    <edge source="Reuters" target="n1"><data key="d3">2.5</data></edge>
    <edge source="Reuters" target="n2"><data key="d4">cites</data></edge>
  </graph>
</graphml>`;

// Shaped like a Gephi export: numeric attribute ids with titles, viz elements, GEXF 1.2 namespace.
const GEPHI_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta lastmodifieddate="2024-01-01"><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="directed" mode="static">
    <attributes class="node"><attribute id="0" title="kind" type="string"/><attribute id="1" title="modularity_class" type="integer"/></attributes>
    <nodes>
      <node id="0" label="Ministry of Defence"><attvalues><attvalue for="0" value="organization"/><attvalue for="1" value="3"/></attvalues>
        <viz:size value="10.0"/><viz:position x="-12.5" y="40.25" z="0.0"/><viz:color r="10" g="20" b="30"/></node>
      <node id="1" label="A spokesman"/>
    </nodes>
    <edges><edge id="0" source="1" target="0" weight="1.0"/></edges>
  </graph>
</gexf>`;

describe('reading files from other tools', () => {
  it('maps networkx GraphML: known kinds kept, unknown ones defaulted with a warning, keys made from labels', () => {
    const result = readGraphml(NETWORKX_GRAPHML, parser, { file: 'team.graphml' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.graph.nodes().sort()).toEqual(['organization:jane-doe', 'outlet:reuters', 'person:sam-roe']);
    expect(result.graph.getNodeAttributes('person:sam-roe')).toMatchObject({ kind: 'person', anonymous: true });
    expect(result.graph.getNodeAttributes('organization:jane-doe')).toMatchObject({ anonymous: false });
    expect(result.graph.edges().sort()).toEqual([
      'cites|outlet:reuters|person:sam-roe',
      'mentions|outlet:reuters|organization:jane-doe',
    ]);
    expect(result.warnings).toEqual([
      '1 node(s) had no Sourcetrace kind; read as organization',
      '1 edge(s) had no Sourcetrace kind; read as mentions',
    ]);
  });

  it('maps a Gephi GEXF with numeric attribute ids and viz positions', () => {
    const result = readGexf(GEPHI_GEXF, parser, { file: 'gephi.gexf', defaultNodeKind: 'person' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.graph.nodes().sort()).toEqual(['organization:ministry-of-defence', 'person:spokesman']);
    expect(result.positions.get('organization:ministry-of-defence')).toEqual({ x: -12.5, y: 40.25 });
    expect(result.graph.hasEdge('mentions|person:spokesman|organization:ministry-of-defence')).toBe(true);
  });

  it('reads a plain graphology JSON serialisation the same way', () => {
    const json = JSON.stringify({
      nodes: [{ key: 'a', attributes: { label: 'Alpha', x: 1, y: 2 } }, { key: 'b' }],
      edges: [{ source: 'a', target: 'b', attributes: { weight: 3 } }],
    });
    const result = readJson(json, { file: 'plain.json' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.graph.nodes().sort()).toEqual(['organization:alpha', 'organization:b']);
    expect(result.positions.get('organization:alpha')).toEqual({ x: 1, y: 2 });
    expect(result.graph.size).toBe(1);
  });

  it('refuses unknown kinds in strict mode, naming the file and element', () => {
    const result = readGraphml(NETWORKX_GRAPHML, parser, { file: 'team.graphml', strict: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContain('export/graphml: team.graphml: <node id="n1">: has no kind');
    expect(result.problems.some((p) => p.includes('<edge source="Reuters" target="n1">: kind "undefined"'))).toBe(
      false,
    );
  });

  it('names the element when a value does not fit the model', () => {
    const bad = NETWORKX_GRAPHML.replace('<data key="d4">cites</data>', '<data key="d4">robot</data>').replace(
      '<data key="d2">true</data>',
      '<data key="d2">true</data></node><node id="n9"><data key="d0">claim</data><data key="d1"></data>',
    );
    const result = readGraphml(bad.replace('target="n2"><data', 'target="nope"><data'), parser, {
      file: 'bad.graphml',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'export/graphml: bad.graphml: <edge source="Reuters" target="nope">: target "nope" is not a node of the file',
      ]),
    );
  });

  it('lists at most 20 problems and counts the rest', () => {
    const nodes = Array.from({ length: 25 }, (_, i) => `<node id="n${i}"><data key="d0">robot</data></node>`).join('');
    const xml = NETWORKX_GRAPHML.replace(/<node[\s\S]*<\/graph>/, `${nodes}</graph>`);
    const result = readGraphml(xml, parser, { file: 'robots.graphml', strict: true });
    expect(result.ok || result.problems).toHaveLength(21);
    expect(result.ok || result.problems.at(-1)).toBe('export/graphml: robots.graphml: …and 5 more problem(s)');
  });

  it('reports malformed XML and wrong roots with the file name', () => {
    const broken = readGraphml('<graphml><graph>', parser, { file: 'broken.graphml' });
    expect(broken.ok || broken.problems[0]).toMatch(/^export\/graphml: broken\.graphml: not well-formed XML/);
    const wrong = readGexf('<graphml/>', parser, { file: 'x.gexf' });
    expect(wrong.ok || wrong.problems[0]).toBe('export/gexf: x.gexf: root element is <graphml>, not <gexf>');
    const json = readJson('{"nodes": [', { file: 'g.json' });
    expect(json.ok || json.problems[0]).toMatch(/^export\/json: g\.json: not valid JSON/);
  });

  it('refuses entity tricks (nested expansion, external files) instead of expanding them', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE graphml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>
<graphml><key id="l" for="node" attr.name="label" attr.type="string"/><graph><node id="n"><data key="l">&b;</data></node></graph></graphml>`;
    const external = bomb.replace('<!ENTITY a "aaaaaaaaaa">', '<!ENTITY a SYSTEM "file:///etc/passwd">');
    for (const text of [bomb, external]) {
      const result = readGraphml(text, parser, { file: 'entities.graphml' });
      expect(result.ok || result.problems[0]).toMatch(
        /^export\/graphml: entities\.graphml: not well-formed XML \(.*entity not found/,
      );
    }
  });

  it('keeps hostile keys harmless: __proto__ ids and attribute names never touch Object.prototype', () => {
    const json = JSON.stringify({
      nodes: [{ key: '__proto__', attributes: { __proto__: { polluted: true }, label: 'constructor' } }],
      edges: [],
    });
    const result = readJson(json, { file: 'proto.json' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.graph.nodes()).toEqual(['organization:constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const xml = NETWORKX_GRAPHML.replace('attr.name="label"', 'attr.name="__proto__"').replace(/"n1"/g, '"__proto__"');
    const fromXml = readGraphml(xml, parser, { file: 'proto.graphml' });
    if (!fromXml.ok) throw new Error(fromXml.problems.join('\n'));
    // The label column is now called `__proto__`, so labels fall back to the ids.
    expect(fromXml.graph.nodes().sort()).toEqual(['organization:proto', 'outlet:reuters', 'person:n2']);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });
});

describe('importGraphFile', () => {
  function workspace() {
    const graph = createGraph();
    upsertNode(graph, 'outlet:reuters', { kind: 'outlet', label: 'Reuters', aliases: [] });
    return graph;
  }

  it('merges a valid file into the workspace, meeting existing nodes by key', () => {
    const graph = workspace();
    const result = importGraphFile(graph, { name: 'team.graphml', text: NETWORKX_GRAPHML }, parser);
    expect(result.ok).toBe(true);
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
  });

  it('brings in an article whose key the workspace holds with another text under a free key', () => {
    const graph = workspace();
    const article = (text: string) => ({
      kind: 'article' as const,
      label: 'a',
      aliases: [],
      title: 'a',
      outlet: '',
      text,
    });
    upsertNode(graph, 'article:a', article('Short text.'));
    const incoming = createGraph();
    upsertNode(incoming, 'article:a', article('A longer text that the evidence points into.'));
    upsertNode(incoming, 'outlet:reuters', { kind: 'outlet', label: 'Reuters', aliases: [] });
    upsertEdge(incoming, {
      kind: 'publishes',
      source: 'outlet:reuters',
      target: 'article:a',
      evidence: [{ article: 'article:a', start: 20, end: 40 }],
    });
    const text = JSON.stringify(serializeGraph(incoming));
    expect(importGraphFile(graph, { name: 'g.json', text }, parser).ok).toBe(true);
    expect(graph.getNodeAttributes('article:a')).toMatchObject({ text: 'Short text.' });
    expect(graph.getEdgeAttribute('publishes|outlet:reuters|article:a-2', 'evidence')).toEqual([
      { article: 'article:a-2', start: 20, end: 40 },
    ]);
    expectValidGraph(graph);
    // The same file again changes nothing: no "article:a-3".
    const once = JSON.stringify(serializeGraph(graph));
    expect(importGraphFile(graph, { name: 'g.json', text }, parser).ok).toBe(true);
    expect(JSON.stringify(serializeGraph(graph))).toBe(once);
  });

  it('leaves the workspace untouched when the file is refused', () => {
    const graph = workspace();
    const before = JSON.stringify(serializeGraph(graph));
    const result = importGraphFile(graph, { name: 'team.graphml', text: NETWORKX_GRAPHML }, parser, { strict: true });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(serializeGraph(graph))).toBe(before);
  });

  it('detects the format from the content when the extension says nothing', () => {
    expect(readGraphFile({ name: 'export.xml', text: GEPHI_GEXF }, parser).ok).toBe(true);
    const unknown = readGraphFile({ name: 'notes.txt', text: 'hello' }, parser);
    expect(unknown.ok || unknown.problems).toEqual(['export/import: notes.txt: not a JSON, GraphML or GEXF graph']);
  });
});

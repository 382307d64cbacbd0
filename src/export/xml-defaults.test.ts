import { describe, expect, it } from 'vitest';
import { readGexf } from './read-gexf';
import { readGraphml } from './read-graphml';
import { MAX_XML_KEYS, MAX_XML_VALUES_PER_ELEMENT } from './xml-fields';
import { testXmlParser } from './xml-parser.test-helper';

const KEYS = 10_000;
const NODES = 10_000;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** `keys` foreign node keys with a default each, plus defaults for two of our fields; `nodes` bare nodes. */
function graphml(keys: number, nodes: number, data = ''): string {
  const declared = range(keys).map((i) => `<key id="k${i}" for="node" attr.name="a${i}"><default>x</default></key>`);
  return `<graphml>
<key id="kind" for="node" attr.name="kind"><default>person</default></key>
<key id="role" for="all" attr.name="role"><default>reporter</default></key>
${declared.join('\n')}
<graph>${range(nodes)
    .map((i) => `<node id="n${i}">${i === 0 ? data : ''}</node>`)
    .join('')}</graph></graphml>`;
}

function gexf(attributes: number, nodes: number, values = ''): string {
  const declared = range(attributes).map((i) => `<attribute id="a${i}" title="a${i}"><default>x</default></attribute>`);
  return `<gexf version="1.3"><graph><attributes class="node">
<attribute id="kind" title="kind"><default>person</default></attribute>
<attribute id="role" title="role"><default>reporter</default></attribute>
${declared.join('\n')}
</attributes><nodes>${range(nodes)
    .map((i) => `<node id="n${i}" label="N${i}">${i === 0 ? values : ''}</node>`)
    .join('')}</nodes></graph></gexf>`;
}

describe('XML defaults from hostile files', () => {
  const parser = testXmlParser();

  it('GraphML: 10k keys with defaults × 10k nodes reads fast; only our fields take their defaults', () => {
    const text = graphml(KEYS, NODES, '<data key="role">editor</data>');
    const started = performance.now();
    const result = readGraphml(text, parser, { file: 'wide.graphml' });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.graph.order).toBe(NODES);
    expect(result.graph.getNodeAttributes('person:n1')).toMatchObject({ kind: 'person', role: 'reporter' });
    expect(result.graph.getNodeAttributes('person:n0')).toMatchObject({ role: 'editor' });
    // Generous: the old reader copied 100M defaults (4.3 GB) and ran out of memory.
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);

  it('GEXF: 10k attributes with defaults × 10k nodes reads fast, the same way', () => {
    const text = gexf(KEYS, NODES, '<attvalues><attvalue for="role" value="editor"/></attvalues>');
    const started = performance.now();
    const result = readGexf(text, parser, { file: 'wide.gexf' });
    const elapsed = performance.now() - started;
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.graph.order).toBe(NODES);
    expect(result.graph.getNodeAttributes('person:n1')).toMatchObject({ kind: 'person', role: 'reporter' });
    expect(result.graph.getNodeAttributes('person:n0')).toMatchObject({ role: 'editor' });
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);

  it('refuses more key declarations than the cap, naming the file and element', () => {
    const result = readGraphml(graphml(MAX_XML_KEYS, 1), parser, { file: 'keys.graphml' });
    expect(result.ok || result.problems).toEqual([
      'export/graphml: keys.graphml: <graphml>: more than 20,000 <key> declarations',
    ]);
    const gexfResult = readGexf(gexf(MAX_XML_KEYS, 1), parser, { file: 'keys.gexf' });
    expect(gexfResult.ok || gexfResult.problems).toEqual([
      'export/gexf: keys.gexf: <attributes>: more than 20,000 <attribute> declarations',
    ]);
  }, 60_000);

  it('refuses a node with more values than the cap, naming the file and node', () => {
    const data = '<data key="role">x</data>'.repeat(MAX_XML_VALUES_PER_ELEMENT + 1);
    const result = readGraphml(graphml(0, 2, data), parser, { file: 'data.graphml' });
    expect(result.ok || result.problems).toEqual([
      'export/graphml: data.graphml: <node id="n0">: more than 20,000 <data> values',
    ]);
    const values = `<attvalues>${'<attvalue for="role" value="x"/>'.repeat(MAX_XML_VALUES_PER_ELEMENT + 1)}</attvalues>`;
    const gexfResult = readGexf(gexf(0, 2, values), parser, { file: 'data.gexf' });
    expect(gexfResult.ok || gexfResult.problems).toEqual([
      'export/gexf: data.gexf: <node id="n0">: more than 20,000 <attvalue> values',
    ]);
  }, 60_000);

  it('refuses a long default that every node would inherit, naming the file; short defaults still apply', () => {
    const long = 'd'.repeat(20_000);
    const bomb = (kind: 'graphml' | 'gexf') =>
      kind === 'graphml'
        ? `<graphml><key id="t" for="node" attr.name="description"><default>${long}</default></key><graph>${range(2_000)
            .map((i) => `<node id="n${i}"/>`)
            .join('')}</graph></graphml>`
        : `<gexf version="1.3"><graph><attributes class="node"><attribute id="t" title="description"><default>${long}</default></attribute></attributes><nodes>${range(
            2_000,
          )
            .map((i) => `<node id="n${i}" label="N${i}"/>`)
            .join('')}</nodes></graph></gexf>`;
    const result = readGraphml(bomb('graphml'), parser, { file: 'bomb.graphml' });
    expect(result.ok || result.problems.join()).toMatch(
      /^export\/graphml: bomb\.graphml: <key> defaults for nodes: declared defaults would add 40,000,000 characters to 2,000 elements/,
    );
    const gexfResult = readGexf(bomb('gexf'), parser, { file: 'bomb.gexf' });
    expect(gexfResult.ok || gexfResult.problems.join()).toMatch(
      /^export\/gexf: bomb\.gexf: <attribute> defaults for nodes/,
    );
    expect(readGraphml(graphml(0, 2_000), parser, { file: 'short.graphml' }).ok).toBe(true);
  });
});

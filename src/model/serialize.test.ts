import { describe, expect, it } from 'vitest';
import { createGraph, upsertEdge, upsertNode } from './graph';
import { deserializeGraph, parseGraphJson, serializeGraph } from './serialize';

function sample() {
  const g = createGraph();
  upsertNode(g, 'outlet:post', { kind: 'outlet', label: 'The Post', aliases: [], domain: 'post.example' });
  upsertNode(g, 'article:a', {
    kind: 'article',
    label: 'A',
    aliases: [],
    title: 'A',
    outlet: 'outlet:post',
    text: 'The memo said so.',
  });
  upsertNode(g, 'document:memo', { kind: 'document', label: 'memo', aliases: [], description: 'a memo' });
  upsertEdge(g, { kind: 'publishes', source: 'outlet:post', target: 'article:a' });
  upsertEdge(g, {
    kind: 'cites',
    source: 'article:a',
    target: 'document:memo',
    evidence: [{ article: 'article:a', start: 0, end: 17 }],
  });
  return g;
}

describe('serialisation', () => {
  it('round-trips through graphology JSON', () => {
    const g = sample();
    g.setAttribute('name', 'Calvera story');
    const back = parseGraphJson(JSON.stringify(serializeGraph(g)));
    expect(serializeGraph(back)).toEqual(serializeGraph(g));
  });

  it('names the bad field', () => {
    const data = serializeGraph(sample()) as { nodes: { attributes: Record<string, unknown> }[] };
    data.nodes[1]!.attributes.kind = 'planet';
    expect(() => deserializeGraph(data)).toThrow(/model\/serialize: nodes\[1\]\.attributes\.kind.*key "article:a"/);
  });

  it('rejects a dangling edge and evidence past the text', () => {
    const dangling = serializeGraph(sample()) as { edges: { target: string }[] };
    dangling.edges[1]!.target = 'document:nowhere';
    expect(() => deserializeGraph(dangling)).toThrow('edges[1].target: no node "document:nowhere"');

    const past = serializeGraph(sample()) as { edges: { attributes: { evidence: { end: number }[] } }[] };
    past.edges[1]!.attributes.evidence[0]!.end = 999;
    expect(() => deserializeGraph(past)).toThrow(/end 999 is past the article's 17 characters/);
  });

  it('refuses text that is not JSON, with a distinct message', () => {
    expect(() => parseGraphJson('{"nodes": [')).toThrow(/model\/serialize: not valid JSON/);
    expect(() => parseGraphJson('[]')).toThrow(/model\/serialize: /);
  });

  it('drops hostile __proto__ keys instead of letting them reach the graph', () => {
    const json = JSON.stringify(serializeGraph(sample())).replace(
      '"kind":"outlet"',
      '"kind":"outlet","__proto__":{"polluted":true}',
    );
    const g = parseGraphJson(json);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(g.getNodeAttributes('outlet:post'))).not.toContain('__proto__');
  });
});

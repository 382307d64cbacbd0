import { describe, expect, it } from 'vitest';
import { createGraph, serializeGraph, upsertEdge, upsertNode } from '../model';
import { migrateSnapshot } from './migrate-snapshot';
import { readSnapshot, restoreSnapshot } from './read-snapshot';
import { sha256Hex } from './sha256';
import type { ViewState } from './snapshot-schema';
import { createSnapshot, writeSnapshot } from './write-snapshot';

function sampleGraph() {
  const graph = createGraph();
  graph.setAttribute('name', 'Sample');
  const text = 'Officials said the port was closed.';
  upsertNode(graph, 'outlet:herald', { kind: 'outlet', label: 'The Herald', aliases: [] });
  upsertNode(graph, 'article:a1', {
    kind: 'article',
    label: 'Port',
    aliases: [],
    title: 'Port',
    outlet: 'outlet:herald',
    text,
    url: 'https://example.org/a1',
  });
  upsertNode(graph, 'person:officials', { kind: 'person', label: 'Officials', aliases: [], anonymous: true });
  upsertEdge(graph, { kind: 'publishes', source: 'outlet:herald', target: 'article:a1' });
  upsertEdge(graph, {
    kind: 'cites',
    source: 'article:a1',
    target: 'person:officials',
    evidence: [{ article: 'article:a1', start: 0, end: 14 }],
  });
  return graph;
}

const view: ViewState = {
  positions: { 'article:a1': { x: 1.5, y: -2.25 }, 'outlet:herald': { x: 0, y: 0 } },
  filters: { outlets: ['outlet:herald'], minConfidence: 0.4 },
  selection: ['person:officials'],
  focus: 'article:a1',
  viewport: { zoom: 1.75, pan: { x: -30, y: 12 } },
  mode: 'chain',
  panelWidth: 320, // app-specific extra state is kept
};

describe('snapshots', () => {
  it('round-trips graph, articles and view exactly', async () => {
    const graph = sampleGraph();
    const text = await writeSnapshot({ graph, view, createdAt: new Date('2025-11-03T10:00:00Z') });
    const result = readSnapshot(text, 'a.sourcetrace.json');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(serializeGraph(result.graph)).toEqual(serializeGraph(graph));
    expect(result.graph.getAttribute('name')).toBe('Sample');
    expect(result.snapshot.view).toEqual(view);
    expect(result.snapshot.createdAt).toBe('2025-11-03T10:00:00.000Z');
    expect(result.snapshot.articles).toEqual([
      {
        id: 'a1',
        text: 'Officials said the port was closed.',
        title: 'Port',
        outlet: 'The Herald',
        url: 'https://example.org/a1',
      },
    ]);
  });

  it('stores only ids and SHA-256 hashes when asked', async () => {
    const snapshot = await createSnapshot({ graph: sampleGraph(), view: {}, articleMode: 'refs' });
    expect(snapshot.articles).toEqual([{ id: 'a1', sha256: await sha256Hex('Officials said the port was closed.') }]);
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(restoreSnapshot(JSON.parse(JSON.stringify(snapshot))).ok).toBe(true);
  });

  it('refuses newer versions, saying which version the file needs', async () => {
    const data = JSON.parse(await writeSnapshot({ graph: sampleGraph(), view }));
    const result = restoreSnapshot({ ...data, version: 3 }, 'new.sourcetrace.json');
    expect(result.ok || result.problems).toEqual([
      'snapshot: new.sourcetrace.json: needs Sourcetrace snapshot version 3; this Sourcetrace reads version 1. Update Sourcetrace to open it.',
    ]);
    const zero = restoreSnapshot({ ...data, version: 0 }, 'old.json');
    expect(zero.ok || zero.problems[0]).toBe('snapshot: old.json: "version" is not a whole number ≥ 1');
  });

  it('migrates older versions through the chain, and names a version too old to migrate', () => {
    const migrations = {
      1: (d: Record<string, unknown>) => ({ ...d, view: { ...(d.view as object), mode: 'graph' } }),
    };
    const v1 = { type: 'sourcetrace-snapshot', version: 1, view: {} };
    expect(migrateSnapshot(v1, 'f', migrations, 2)).toEqual({
      from: 1,
      data: { ...v1, version: 2, view: { mode: 'graph' } },
    });
    expect(() => migrateSnapshot({ ...v1, version: 1 }, 'f', {}, 2)).toThrow(
      'snapshot: f: needs Sourcetrace snapshot version 1, which this Sourcetrace no longer reads (it reads version 2).',
    );
  });

  it('refuses files that are not snapshots or carry a bad graph, naming the file and field', async () => {
    const plain = readSnapshot(JSON.stringify(serializeGraph(sampleGraph())), 'graph.json');
    expect(plain.ok || plain.problems[0]).toBe(
      'snapshot: graph.json: not a Sourcetrace snapshot (no "type": "sourcetrace-snapshot")',
    );
    expect(readSnapshot('{', 'x').ok).toBe(false);
    const data = JSON.parse(await writeSnapshot({ graph: sampleGraph(), view }));
    data.graph.edges[1].attributes.evidence[0].end = 999;
    const bad = restoreSnapshot(data, 'bad.json');
    expect(bad.ok || bad.problems[0]).toMatch(
      /^snapshot: bad\.json: model\/serialize: edges\[1\]\.evidence\[0\]: end 999 is past/,
    );
    data.view.viewport = { zoom: -1, pan: { x: 0, y: 0 } };
    const badView = restoreSnapshot(data, 'view.json');
    expect(badView.ok || badView.problems[0]).toMatch(/^snapshot: view\.json: view\.viewport\.zoom: /);
  });

  it('keeps __proto__ keys harmless in view and graph', async () => {
    const data = JSON.parse(await writeSnapshot({ graph: sampleGraph(), view }));
    const text = JSON.stringify(data).replace('"positions":{', '"positions":{"__proto__":{"x":1,"y":2},');
    const hostile = text
      .replace('"filters":{', '"filters":{"__proto__":{"polluted":true},')
      .replace('"view":{', '"view":{"__proto__":{"polluted":true},');
    const result = readSnapshot(hostile, 'proto.json');
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.snapshot.view)).toBe(Object.prototype);
    expect(Object.keys(result.snapshot.view.positions ?? {}).sort()).toEqual(['article:a1', 'outlet:herald']);
  });

  it('refuses to save a view that could not be read back', async () => {
    await expect(
      writeSnapshot({ graph: sampleGraph(), view: { selection: [1 as unknown as string] } }),
    ).rejects.toThrow(/^snapshot: view\.selection\.0: /);
  });
});

import { expect } from 'vitest';
import type { SourcetraceGraph } from '../model';
import { deserializeGraph, serializeGraph } from '../model';

/** Characters held in a graph's string attributes, counted without serialising (shared strings count each time). */
export function graphChars(graph: SourcetraceGraph): number {
  let chars = 0;
  const add = (attrs: object) => {
    for (const value of Object.values(attrs)) {
      if (typeof value === 'string') chars += value.length;
      else if (Array.isArray(value)) for (const v of value) chars += typeof v === 'string' ? v.length : 8;
    }
  };
  graph.forEachNode((key, attrs) => {
    chars += key.length;
    add(attrs);
  });
  graph.forEachEdge((key, attrs) => {
    chars += key.length;
    add(attrs);
  });
  return chars;
}

/** A graph a reader accepted must pass the model's own validation when written and read back. */
export function expectValidGraph(graph: SourcetraceGraph): void {
  expect(() => deserializeGraph(JSON.parse(JSON.stringify(serializeGraph(graph))))).not.toThrow();
}

/** A deep, detached picture of a graph, to compare before and after an operation that must not touch it. */
export function pictureOf(graph: SourcetraceGraph): unknown {
  return JSON.parse(JSON.stringify(serializeGraph(graph)));
}

/**
 * Merging may add to a graph but never take away: every node keeps its kind and label, every edge its
 * ends, kind and evidence.
 */
export function expectKeptEverything(before: SourcetraceGraph, after: SourcetraceGraph): void {
  before.forEachNode((key, attrs) => {
    expect(after.hasNode(key), `node ${key} kept`).toBe(true);
    const now = after.getNodeAttributes(key);
    expect(now.kind).toBe(attrs.kind);
    expect(now.label).toBe(attrs.label);
    if (attrs.kind === 'article') expect((now as typeof attrs).text).toBe(attrs.text);
  });
  before.forEachEdge((key, attrs, source, target) => {
    expect(after.hasEdge(key), `edge ${key} kept`).toBe(true);
    expect([after.source(key), after.target(key)]).toEqual([source, target]);
    const evidence = after.getEdgeAttribute(key, 'evidence').map((e) => JSON.stringify(e));
    for (const e of attrs.evidence) expect(evidence).toContain(JSON.stringify(e));
  });
}

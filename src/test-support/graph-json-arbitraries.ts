import fc from 'fast-check';
import { graphArb } from '../export/graph-arbitrary.test-helper';
import { serializeGraph } from '../model';
import { jsonValueArb, mutateJson, mutationArb, veryDeepJsonArb } from './hostile-json';

/** Valid graph JSON with a few structure-aware corruptions (bad kinds, evidence past the text, prototype keys). */
export const graphJsonArb: fc.Arbitrary<string> = fc
  .tuple(graphArb, fc.array(mutationArb, { maxLength: 4 }))
  .map(([{ graph }, mutations]) => mutateJson(serializeGraph(graph), mutations));

/** Graphology JSON from another tool: nodes without our kinds, odd keys and attribute values. */
export const foreignGraphJsonArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      jsonValueArb,
      jsonValueArb,
      fc.oneof({ weight: 5, arbitrary: jsonValueArb }, { weight: 1, arbitrary: veryDeepJsonArb }),
    ),
    {
      maxLength: 6,
    },
  )
  .map((items) => {
    const nodes = items.map(
      ([key, label, x], i) =>
        `{"key":${i % 2 ? key : `"n${i}"`},"attributes":{"label":${label},"x":${x},"y":1,"__proto__":${x}}}`,
    );
    const edges = items.map(
      ([, , v], i) => `{"source":"n${i}","target":"n0","undirected":${i % 2 === 0},"attributes":{"kind":${v}}}`,
    );
    return `{"attributes":{"name":${items[0]?.[1] ?? '""'}},"nodes":[${nodes.join(',')}],"edges":[${edges.join(',')}]}`;
  });

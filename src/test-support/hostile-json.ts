import fc from 'fast-check';
import { EXTREME_NUMBERS, hostileTextArb, LINE_BREAKS, PROTO_KEYS } from './hostile-text';

/**
 * JSON documents as text: article records, JSON Lines, and mutations of valid graph or snapshot JSON.
 * Built as text (not `JSON.stringify` of objects) so they can carry own `__proto__` keys, duplicate keys,
 * numbers beyond doubles and deep nesting.
 */

const str = (s: string) => JSON.stringify(s);
const text = hostileTextArb({ maxRun: 3_000, maxPieces: 6 });

/**
 * Nesting up to 2,000 deep: deep enough to break recursive walkers with small stacks, shallow enough for
 * V8's recursive JSON.stringify (~5,000 on the main thread), which these tests use on the parsed values.
 */
const MAX_SPLICED_DEPTH = 2_000;

/** Any JSON value as text, hostile in type or content. */
export const jsonValueArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: text.map(str) },
  { weight: 2, arbitrary: fc.constantFrom(...EXTREME_NUMBERS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('null', 'true', 'false', '[]', '{}', '[null]', '{"__proto__":{"polluted":1}}'),
  },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS).map((k) => `{${str(k)}:${str(k)}}`) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: MAX_SPLICED_DEPTH }).map((n) => '['.repeat(n) + ']'.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1, max: MAX_SPLICED_DEPTH }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  },
);

/**
 * Nesting far past any recursive walker (JSON.parse is iterative in V8 and takes it): only for tests that
 * hand the text to the code under test and never stringify the parsed value themselves.
 */
export const veryDeepJsonArb: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 5_000, max: 30_000 }), fc.boolean())
  .map(([n, arrays]) => (arrays ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n)));

const ARTICLE_FIELDS = ['id', 'text', 'outlet', 'url', 'publishedAt', 'title', 'author', 'summary', 'links'] as const;

/** One article record: the real fields (sometimes well-typed) plus prototype keys and duplicates. */
export const articleRecordArb: fc.Arbitrary<string> = fc
  .record({
    good: text.map((t) => `"text":${str('The Post said officials denied it. ' + t)}`),
    fields: fc.array(
      fc.tuple(fc.oneof(fc.constantFrom(...ARTICLE_FIELDS), fc.constantFrom(...PROTO_KEYS)), jsonValueArb),
      { maxLength: 6 },
    ),
    keepGood: fc.boolean(),
  })
  .map(({ good, fields, keepGood }) => {
    const parts = fields.map(([k, v]) => `${str(k)}:${v}`);
    return `{${[...(keepGood ? [good] : []), ...parts].join(',')}}`;
  });

/** A JSON file of articles: one record, an array, `{articles: …}`, or hostile top-level values. */
export const articlesJsonArb: fc.Arbitrary<string> = fc.oneof(
  articleRecordArb,
  fc.array(articleRecordArb, { maxLength: 5 }).map((rs) => `[${rs.join(',')}]`),
  fc.array(articleRecordArb, { maxLength: 5 }).map((rs) => `{"__proto__":[],"articles":[${rs.join(',')}]}`),
  jsonValueArb.map((v) => `{"articles":${v}}`),
  jsonValueArb,
  veryDeepJsonArb.map((v) => `[{"text":"The Post said it.","title":${v}}]`),
);

/** JSON Lines with mixed separators, blank lines, broken lines and a BOM or NUL here and there. */
export const jsonlArb: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: articleRecordArb },
        { weight: 1, arbitrary: text },
        { weight: 1, arbitrary: jsonValueArb },
      ),
      fc.constantFrom(...LINE_BREAKS, '\uFEFF\n', '\u0000\n'),
    ),
    { maxLength: 8 },
  )
  .map((lines) => lines.map(([l, sep]) => l + sep).join(''));

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every array and object in a parsed JSON value (iteratively: the values may be deep). */
function containers(value: Json): Json[] {
  const out: Json[] = [];
  const stack: Json[] = [value];
  while (stack.length) {
    const item = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    out.push(item);
    stack.push(...Object.values(item));
  }
  return out;
}

/** One edit: which container, which of its keys (or a new prototype key), what to put there. */
export const mutationArb = fc.record({
  at: fc.nat(),
  key: fc.oneof(
    fc.nat().map((n) => ({ existing: n })),
    fc.constantFrom(...PROTO_KEYS).map((k) => ({ added: k })),
  ),
  value: jsonValueArb,
  remove: fc.boolean(),
});
export type Mutation = typeof mutationArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Applies edits to a copy of valid JSON and returns the JSON text: structure-aware corruption that keeps
 * most of a graph or snapshot valid, so validation runs deep before it finds the bad field.
 */
export function mutateJson(valid: unknown, mutations: readonly Mutation[]): string {
  const root = JSON.parse(JSON.stringify(valid)) as Json;
  // Targets come from the valid structure only, so one splice never lands inside another's deep value.
  const all = containers(root);
  for (const m of mutations) {
    const target = all[m.at % all.length] as Record<string, Json> | undefined;
    if (!target) continue;
    const keys = Object.keys(target);
    const key = 'added' in m.key ? m.key.added : keys[m.key.existing % Math.max(1, keys.length)];
    if (key === undefined) continue;
    const replacement = JSON.parse(m.value) as Json;
    if (m.remove && !Array.isArray(target)) delete target[key];
    // defineProperty: plain assignment to `__proto__` would set the prototype instead of an own key.
    else
      Object.defineProperty(target, key, { value: replacement, enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(root);
}

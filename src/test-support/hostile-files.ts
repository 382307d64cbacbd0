import fc from 'fast-check';
import { articlesJsonArb, jsonlArb } from './hostile-json';
import { feedArb, htmlPageArb, structureArb } from './hostile-markup';
import { graphJsonArb } from './graph-json-arbitraries';
import { hostileTextArb, NASTY_UNITS } from './hostile-text';

/** Whole files as a user might drop them: any supported format (or none), any name, any bytes. */

const FILE_NAMES = [
  'a.txt',
  'a.md',
  'a.html',
  'a.xhtml',
  'a.json',
  'a.jsonl',
  'a.rss',
  'a.atom',
  'a.xml',
  'a',
  'a.exe',
];
const PROTO_NAMES = ['__proto__', 'constructor.json', 'x.__proto__', 'x.toString', 'a.JSON', '.rss', 'dir/a.b/c'];
export const fileNameArb = fc.constantFrom(...FILE_NAMES, ...PROTO_NAMES);

const encode = (s: string) => new TextEncoder().encode(s);

export const anyContentArb = fc.oneof(
  hostileTextArb(),
  htmlPageArb,
  feedArb,
  articlesJsonArb,
  jsonlArb,
  graphJsonArb,
  structureArb,
  fc.constantFrom(...NASTY_UNITS),
);

/** UTF-8 of hostile content, raw random bytes, or content behind a BOM or a broken UTF-8 sequence. */
export const fileBytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  anyContentArb.map(encode),
  fc.uint8Array({ maxLength: 2_000 }),
  fc
    .tuple(
      fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0, 0], [0xc3], [0xed, 0xa0, 0x80]),
      anyContentArb,
    )
    .map(([prefix, text]) => new Uint8Array([...prefix, ...encode(text)])),
);

export const hostileFileArb = fc.record({ name: fileNameArb, bytes: fileBytesArb });

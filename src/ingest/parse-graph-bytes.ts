import { deserializeGraph } from '../model';
import type { IngestResult } from './types';
import { emptyResult } from './types';

/** Graph files, unlike articles, hold a whole corpus: this limit is far above anything `build` writes. */
export const MAX_GRAPH_BYTES = 1024 * 1024 * 1024;

/** Containers smaller than this are handed to JSON.parse whole; bigger ones are read member by member. */
const DIRECT_BYTES = 1024 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);
const decoder = new TextDecoder('utf-8', { fatal: true });

class BytesJsonError extends Error {}

const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

function skipSpace(bytes: Uint8Array, at: number): number {
  while (isSpace(bytes[at])) at++;
  return at;
}

/** The index just past the JSON value starting at `at`, found by counting brackets outside strings. */
function endOfValue(bytes: Uint8Array, at: number): number {
  let depth = 0;
  let inString = false;
  for (let i = at; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === BACKSLASH) i++;
      else if (b === QUOTE) {
        inString = false;
        if (depth === 0) return i + 1;
      }
    } else if (b === QUOTE) inString = true;
    else if (OPEN.has(b)) depth++;
    else if (CLOSE.has(b) || b === 0x2c || isSpace(b)) {
      if (depth === 0) return i;
      if (CLOSE.has(b) && --depth === 0) return i + 1;
    }
  }
  if (depth > 0 || inString) throw new BytesJsonError(`not valid JSON: the file ends inside a value (byte ${at})`);
  return bytes.length;
}

function parseSlice(bytes: Uint8Array, from: number, to: number): unknown {
  try {
    return JSON.parse(decoder.decode(bytes.subarray(from, to)));
  } catch (err) {
    throw new BytesJsonError(`not valid JSON at bytes ${from}–${to} (${(err as Error).message.slice(0, 120)})`);
  }
}

function expect(bytes: Uint8Array, at: number, chars: string): number {
  const b = bytes[at];
  if (b === undefined || !chars.includes(String.fromCharCode(b))) {
    throw new BytesJsonError(`not valid JSON at byte ${at}: expected ${[...chars].join(' or ')}`);
  }
  return at + 1;
}

/** Reads the container at [from, to) member by member, so no one string ever holds the whole file. */
function parseValue(bytes: Uint8Array, from: number, to: number): unknown {
  const open = bytes[from];
  if (to - from <= DIRECT_BYTES || (open !== 0x5b && open !== 0x7b)) return parseSlice(bytes, from, to);
  const isArray = open === 0x5b;
  const items: unknown[] = [];
  const record: Record<string, unknown> = {};
  let at = skipSpace(bytes, from + 1);
  if (bytes[at] === (isArray ? 0x5d : 0x7d)) return isArray ? items : record;
  for (;;) {
    let key = '';
    if (!isArray) {
      const keyEnd = endOfValue(bytes, at);
      key = parseSlice(bytes, at, keyEnd) as string;
      at = skipSpace(bytes, expect(bytes, skipSpace(bytes, keyEnd), ':'));
    }
    const end = endOfValue(bytes, at);
    const value = parseValue(bytes, at, end);
    if (isArray) items.push(value);
    else Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
    at = skipSpace(bytes, end);
    if (bytes[at] === (isArray ? 0x5d : 0x7d)) return isArray ? items : record;
    at = skipSpace(bytes, expect(bytes, at, ','));
  }
}

/**
 * Reads graph JSON of any size up to MAX_GRAPH_BYTES from its bytes: small parts go to JSON.parse, large
 * arrays and objects are split into their members first, because a graph of a few hundred MB is longer
 * than the longest string V8 can hold. The result is validated by the model like any graph input.
 */
export function parseGraphBytes(bytes: Uint8Array, file: string): IngestResult {
  let data: unknown;
  try {
    const start = skipSpace(bytes, bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
    const end = endOfValue(bytes, start);
    if (skipSpace(bytes, end) !== bytes.length) throw new BytesJsonError(`not valid JSON: text after byte ${end}`);
    data = parseValue(bytes, start, end);
  } catch (err) {
    if (!(err instanceof BytesJsonError)) throw err;
    return { ...emptyResult(file, 'graph'), problems: [{ file, message: `ingest/graph: ${err.message}` }] };
  }
  try {
    return { ...emptyResult(file, 'graph'), graphs: [deserializeGraph(data)] };
  } catch (err) {
    return { ...emptyResult(file, 'graph'), problems: [{ file, message: `ingest/graph: ${(err as Error).message}` }] };
  }
}

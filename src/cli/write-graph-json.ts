import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { SourcetraceGraph } from '../model';
import { serializeGraph } from '../model';

const CHUNK = 2000;

/**
 * Writes the graph's JSON (exactly `JSON.stringify(serializeGraph(graph))`) to a stream piece by piece:
 * a 10,000-article graph as one string would come near V8's maximum string length.
 */
export async function writeGraphJson(graph: SourcetraceGraph, out: Writable): Promise<void> {
  const data = serializeGraph(graph) as unknown as Record<string, unknown>;
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const keys = Object.keys(data).filter((k) => data[k] !== undefined);
  await write('{');
  for (const [i, key] of keys.entries()) {
    const value = data[key];
    await write(`${i ? ',' : ''}${JSON.stringify(key)}:`);
    if (!Array.isArray(value)) {
      await write(JSON.stringify(value));
      continue;
    }
    await write('[');
    for (let from = 0; from < value.length; from += CHUNK) {
      const part = value.slice(from, from + CHUNK).map((item) => JSON.stringify(item));
      await write((from ? ',' : '') + part.join(','));
    }
    await write(']');
  }
  await write('}');
}

import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { syntheticGraph } from '../bench/synthetic-graph';
import { createGraph, serializeGraph } from '../model';
import { writeGraphJson } from './write-graph-json';

async function streamed(graph: ReturnType<typeof createGraph>): Promise<string> {
  let text = '';
  // A tiny high-water mark forces the drain path.
  const out = new Writable({
    highWaterMark: 16,
    write(chunk, _e, done) {
      text += String(chunk);
      setImmediate(done);
    },
  });
  await writeGraphJson(graph, out);
  out.end();
  await finished(out);
  return text;
}

describe('writeGraphJson', () => {
  it('writes exactly what JSON.stringify would, for an empty and a large graph', async () => {
    const empty = createGraph();
    expect(await streamed(empty)).toBe(JSON.stringify(serializeGraph(empty)));
    const big = syntheticGraph(5000);
    expect(await streamed(big)).toBe(JSON.stringify(serializeGraph(big)));
  });
});

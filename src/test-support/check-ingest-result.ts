import { expect } from 'vitest';
import type { IngestResult } from '../ingest';
import { deserializeGraph, serializeGraph } from '../model';

/** A parser may shrink its input (markup, entities) but never multiply it: no entity or default expansion. */
export function maxOutputChars(input: string): number {
  return 2 * input.length + 10_000;
}

/**
 * What every ingest result must be, whatever the input: problems name the file and start with their
 * module; articles have text, their links lie inside it; graphs are valid model graphs; output is not
 * larger than the input allows.
 */
export function checkIngestResult(result: IngestResult, file: string, input: string): void {
  expect(result.file).toBe(file);
  for (const p of result.problems) {
    expect(p.file).toBe(file);
    expect(p.message).toMatch(/^(ingest|app)(\/[a-z]+)?: /);
  }
  let chars = 0;
  for (const article of result.articles) {
    expect(typeof article.text).toBe('string');
    expect(article.text.trim()).not.toBe('');
    chars += article.text.length + (article.title?.length ?? 0) + (article.author?.length ?? 0);
    for (const link of article.links ?? []) {
      expect(link.start).toBeGreaterThanOrEqual(0);
      expect(link.end).toBeGreaterThanOrEqual(link.start);
      expect(link.end).toBeLessThanOrEqual(article.text.length);
      expect(typeof link.href).toBe('string');
    }
  }
  expect(chars).toBeLessThanOrEqual(maxOutputChars(input));
  for (const graph of result.graphs) expect(() => deserializeGraph(serializeGraph(graph))).not.toThrow();
}

import { describe, expect, it } from 'vitest';
import { jsonDepthAtMost } from './json-depth';
import { readSnapshot } from './read-snapshot';

describe('jsonDepthAtMost', () => {
  it('counts arrays and objects, not scalars', () => {
    expect(jsonDepthAtMost(1, 0)).toBe(true);
    expect(jsonDepthAtMost({}, 0)).toBe(false);
    expect(jsonDepthAtMost({ a: [1] }, 2)).toBe(true);
    expect(jsonDepthAtMost({ a: [[1]] }, 2)).toBe(false);
  });

  it('answers for nesting far past the call stack', () => {
    const deep: unknown = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(jsonDepthAtMost(deep, 64)).toBe(false);
  });
});

describe('snapshot view depth', () => {
  it('refuses view state nested too deep to be saved again, naming the field', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const text = `{"type":"sourcetrace-snapshot","version":1,"createdAt":"2025-01-01T00:00:00Z","graph":{"nodes":[],"edges":[]},"articles":[],"view":{"filters":{"outlets":${deep}}}}`;
    const result = readSnapshot(text, 'w.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual(['snapshot: w.json: view: nested deeper than 64 levels']);
  });
});

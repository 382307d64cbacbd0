import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureText } from './fixtures.test-helper';
import { parseJsonl } from './parse-jsonl';

describe('parseJsonl', () => {
  it('loads good lines and reports each bad one by line number', () => {
    const result = parseJsonl(fixtureText('articles.jsonl'), 'articles.jsonl');
    expect(result.articles.map((a) => a.id)).toEqual(['ledger-1', 'courier-1', 'proto', 'xss']);
    expect(result.problems).toEqual([
      { file: 'articles.jsonl', line: 3, message: 'ingest/jsonl: line 3: not valid JSON' },
      { file: 'articles.jsonl', line: 4, message: 'ingest/jsonl: line 4: text: required' },
      {
        file: 'articles.jsonl',
        line: 6,
        message: expect.stringMatching(/^ingest\/jsonl: line 6: publishedAt: not a date/),
      },
      { file: 'articles.jsonl', line: 7, message: 'ingest/jsonl: line 7: expected an object' },
    ]);
    expect(result.articles[0]).toMatchObject({ outlet: 'Coastal Ledger', publishedAt: '2025-06-10T00:00:00.000Z' });
  });

  it('drops __proto__ keys without polluting anything and keeps markup as plain text', () => {
    const result = parseJsonl(fixtureText('articles.jsonl'), 'x.jsonl');
    const proto = result.articles.find((a) => a.id === 'proto')!;
    expect(Object.keys(proto).sort()).toEqual(['id', 'text']);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.articles.find((a) => a.id === 'xss')!.text).toBe(
      '<img src=x onerror=alert(1)> The agency said nothing.',
    );
  });

  it('handles CRLF, blank lines and a huge line', () => {
    const huge = 'word '.repeat(400_000);
    const result = parseJsonl(`\r\n{"text":"a"}\r\n\r\n${JSON.stringify({ text: huge })}\r\n{"text": 5}`, 'h.jsonl');
    expect(result.articles.map((a) => a.text.length)).toEqual([1, huge.length]);
    expect(result.problems.map((p) => p.message)).toEqual(['ingest/jsonl: line 5: text: expected a string']);
  });

  it('survives deep nesting in a field', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const result = parseJsonl(`{"text":"ok","extra":${deep}}\n{"text":${deep}}`, 'd.jsonl');
    expect(result.articles).toHaveLength(1);
    expect(result.problems[0]?.line).toBe(2);
  });

  const field = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== '');
  const record = fc.record(
    {
      id: field,
      title: field,
      outlet: field,
      author: field,
      text: fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
    },
    { requiredKeys: ['text'] },
  );

  it('round-trips any valid records written one per line (property)', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const result = parseJsonl(records.map((r) => JSON.stringify(r)).join('\n'), 'p.jsonl');
        expect(result.problems).toEqual([]);
        expect(result.articles).toEqual(records);
      }),
    );
  });

  it('loads every good line and reports every bad line exactly once, whatever is mixed in (property)', () => {
    const bad = fc.oneof(
      fc.string().filter((s) => !s.includes('\n') && s.trim() !== ''),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    const line = fc.oneof(
      record.map((r) => ({ good: true, s: JSON.stringify(r) })),
      bad.map((s) => ({ good: false, s })),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const result = parseJsonl(lines.map((l) => l.s).join('\n'), 'p.jsonl');
        const nonBlank = lines.filter((l) => l.s.trim() !== '');
        expect(result.articles.length + result.problems.length).toBe(nonBlank.length);
        const goodCount = lines.filter((l) => l.good).length;
        expect(result.articles.length).toBeGreaterThanOrEqual(goodCount);
        for (const p of result.problems) expect(lines[p.line! - 1]?.good).toBe(false);
      }),
    );
  });
});

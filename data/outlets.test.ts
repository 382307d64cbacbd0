import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const OUTLET_TYPES = ['wire', 'newspaper', 'broadcaster', 'magazine', 'digital', 'aggregator'] as const;

const trimmed = z
  .string()
  .min(1)
  .refine((s) => s === s.trim() && !/\s{2}/.test(s), 'must be trimmed, without double spaces');

// A bare host name: lowercase labels, no scheme, path, port or "www." (so it can be matched against URLs).
const hostname = z
  .string()
  .regex(/^(?!www\.)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, 'must be a bare lowercase host name');

const outletSchema = z.strictObject({
  name: trimmed,
  domain: hostname,
  aliases: z.array(trimmed),
  short: z.array(trimmed),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  type: z.enum(OUTLET_TYPES).optional(),
});

const raw: unknown = JSON.parse(readFileSync(new URL('./outlets.json', import.meta.url), 'utf8'));
const outlets = z.array(outletSchema).parse(raw);
const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('en');

/** Values that occur more than once after case folding. */
function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values.map(fold)) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

describe('data/outlets.json', () => {
  it('lists at least 300 outlets of every type', () => {
    expect(outlets.length).toBeGreaterThanOrEqual(300);
    for (const type of OUTLET_TYPES) expect(outlets.some((o) => o.type === type)).toBe(true);
  });

  it('has unique names, domains and aliases', () => {
    expect(duplicates(outlets.map((o) => o.name))).toEqual([]);
    expect(duplicates(outlets.map((o) => o.domain))).toEqual([]);
    expect(duplicates(outlets.flatMap((o) => o.aliases))).toEqual([]);
  });

  it('never uses an outlet name as an alias (of another outlet or of itself)', () => {
    const names = new Set(outlets.map((o) => fold(o.name)));
    const clashes = outlets.flatMap((o) => o.aliases.filter((a) => names.has(fold(a))).map((a) => `${o.name}: ${a}`));
    expect(clashes).toEqual([]);
  });

  it('keeps short names distinct from the outlet’s own name and aliases', () => {
    const bad = outlets.flatMap((o) => {
      const own = new Set([o.name, ...o.aliases].map(fold));
      return o.short.filter((s) => own.has(fold(s))).map((s) => `${o.name}: ${s}`);
    });
    expect(bad).toEqual([]);
  });

  it('uses ISO 3166 alpha-2 country codes that exist', () => {
    const regions = new Intl.DisplayNames(['en'], { type: 'region' });
    const unknown = outlets.filter((o) => o.country !== undefined && regions.of(o.country) === o.country);
    expect(unknown.map((o) => `${o.name}: ${o.country}`)).toEqual([]);
  });

  it('covers the outlets of the seed story with their short names', () => {
    const byName = new Map(outlets.map((o) => [o.name, o]));
    expect(byName.get('The Wall Street Journal')?.short).toContain('the Journal');
    expect(byName.get('The Washington Post')?.short).toContain('the Post');
    expect(byName.get('Miami Herald')?.aliases).toContain('The Miami Herald');
    expect(byName.get('Miami Herald')?.short).toContain('the Herald');
    expect(byName.get('The Gateway Pundit')?.domain).toBe('thegatewaypundit.com');
  });

  it('rejects a malformed entry with a message naming the field', () => {
    const result = outletSchema.safeParse({ name: 'X', domain: 'https://x.com/', aliases: [], short: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['domain']);
  });
});

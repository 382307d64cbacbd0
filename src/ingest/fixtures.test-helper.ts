import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../e2e/fixtures/ingest/', import.meta.url);

/** Bytes of a fixture written by us under e2e/fixtures/ingest (shared with the app's import journeys). */
export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(name, FIXTURES));
}

export function fixtureText(name: string): string {
  return new TextDecoder().decode(fixtureBytes(name));
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { OutletEntry } from '../extract';

/**
 * Reads an `--outlets` file (a JSON array of { name, domain?, aliases?, short? }). Every failure — missing
 * file, bad JSON, wrong shape — is an error naming the command and the file.
 */
export async function readOutlets(path: string, cwd: string, command: string): Promise<OutletEntry[]> {
  const where = `${command}: --outlets ${path}`;
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new Error(`${where}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new Error(`${where}: not valid JSON (${(err as Error).message.slice(0, 120)})`);
  }
  const ok = Array.isArray(data) && data.every((e) => typeof (e as OutletEntry | null)?.name === 'string');
  if (!ok) throw new Error(`${where}: expected a JSON array of { name, domain?, aliases?, short? }`);
  return data as OutletEntry[];
}

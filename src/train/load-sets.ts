import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { GoldArticle } from '../eval';
import { parseGold } from '../eval';
import { isBratFolder, readBratFolder } from '../eval/read-brat-folder';

/** Gold articles of a set: a brat folder, a JSONL file, or a folder of JSONL files. */
export async function loadSet(path: string): Promise<GoldArticle[]> {
  if (await isBratFolder(path)) return readBratFolder(path);
  const files = (await stat(path)).isDirectory()
    ? (await readdir(path))
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const out: GoldArticle[] = [];
  for (const f of files) out.push(...parseGold(await readFile(f, 'utf8'), basename(f)));
  return out;
}

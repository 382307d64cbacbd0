import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { GoldArticle } from './gold';
import { parseGold } from './gold';
import { isBratFolder, readBratFolder } from './read-brat-folder';

/** A set's files and how to read each: JSONL files one by one, or a brat folder as one file. */
export async function setFiles(path: string): Promise<{ name: string; read: () => Promise<GoldArticle[]> }[]> {
  if (await isBratFolder(path)) return [{ name: basename(path), read: () => readBratFolder(path) }];
  const files = (await stat(path)).isDirectory()
    ? (await readdir(path))
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  return files.map((file) => ({
    name: basename(file),
    read: async () => parseGold(await readFile(file, 'utf8'), basename(file)),
  }));
}

import type { GoldArticle } from '../eval';
import { setFiles } from '../eval/gold-set-files';

/** Gold articles of a set: a brat folder, a JSONL file, or a folder of JSONL files. */
export async function loadSet(path: string): Promise<GoldArticle[]> {
  const out: GoldArticle[] = [];
  for (const file of await setFiles(path)) out.push(...(await file.read()));
  return out;
}

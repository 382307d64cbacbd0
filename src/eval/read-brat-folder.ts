import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { GoldArticle } from './gold';
import { parseBrat } from './read-brat';

/** PolNeAR names an annotator's file after its text plus `_<annotator>`: `story_d473.ann` annotates `story.txt`. */
const ANNOTATOR_SUFFIX = /_[0-9a-f]{4}$/;

async function isDir(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

/** The text folder and the annotation folder: `text/` + `attributions/` (PolNeAR), else the folder itself. */
async function layout(root: string): Promise<{ texts: string; anns: string }> {
  if ((await isDir(join(root, 'text'))) && (await isDir(join(root, 'attributions'))))
    return { texts: join(root, 'text'), anns: join(root, 'attributions') };
  return { texts: root, anns: root };
}

/** Whether a path is a brat folder: it holds .ann files, directly or in `attributions/`. */
export async function isBratFolder(path: string): Promise<boolean> {
  if (!(await isDir(path))) return false;
  const { anns } = await layout(path);
  return (await readdir(anns)).some((f) => f.endsWith('.ann'));
}

/**
 * Every annotated text of a brat folder as a gold article, in name order. A text annotated twice
 * (16 PolNeAR train texts have five or six annotators' files) is read from its first annotation file in name order, so the choice
 * is the same on every run and machine; an .ann with no text beside it is an error.
 */
export async function readBratFolder(root: string): Promise<GoldArticle[]> {
  const { texts, anns } = await layout(root);
  const chosen = new Map<string, string>();
  for (const f of (await readdir(anns)).filter((x) => x.endsWith('.ann')).sort()) {
    const stem = basename(f, '.ann');
    const textStem = (await exists(join(texts, `${stem}.txt`))) ? stem : stem.replace(ANNOTATOR_SUFFIX, '');
    if (!chosen.has(textStem)) chosen.set(textStem, f);
  }
  const out: GoldArticle[] = [];
  for (const [stem, annFile] of [...chosen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const textPath = join(texts, `${stem}.txt`);
    if (!(await exists(textPath))) throw new Error(`eval/read-brat-folder: ${annFile}: no text ${stem}.txt beside it`);
    const text = await readFile(textPath, 'utf8');
    const ann = await readFile(join(anns, annFile), 'utf8');
    out.push({ id: stem, text, attributions: parseBrat(ann, text, annFile) });
  }
  return out;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

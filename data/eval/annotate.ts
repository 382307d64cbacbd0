/**
 * Rebuilds data/eval/ours.jsonl from the readable annotation files in data/eval/src/.
 * Run: `npx tsx data/eval/annotate.ts` (add `--check` to only verify the JSONL is up to date).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAnnotationFile, type EvalRecord } from './annotation';

export const SOURCE_DIR = fileURLToPath(new URL('./src/', import.meta.url));
export const OUTPUT_FILE = fileURLToPath(new URL('./ours.jsonl', import.meta.url));

/** Parses every `src/*.txt` file, in name order, into evaluation records. */
export function buildRecords(dir: string = SOURCE_DIR): EvalRecord[] {
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  return names.map((n) => parseAnnotationFile(readFileSync(dir + n, 'utf8'), `data/eval/src/${n}`));
}

/** The JSONL text for `records`: one record per line, as in gum-news.jsonl. */
export function toJsonl(records: readonly EvalRecord[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

function main(): void {
  const jsonl = toJsonl(buildRecords());
  if (process.argv.includes('--check')) {
    if (readFileSync(OUTPUT_FILE, 'utf8') !== jsonl) {
      console.error('data/eval: ours.jsonl is stale; run npx tsx data/eval/annotate.ts');
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(OUTPUT_FILE, jsonl);
  const records = JSON.parse(`[${jsonl.trim().split('\n').join(',')}]`) as EvalRecord[];
  const count = records.reduce((n, r) => n + r.attributions.length, 0);
  console.log(`data/eval: wrote ${records.length} articles, ${count} attributions to ${OUTPUT_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

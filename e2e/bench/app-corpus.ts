import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticArticles } from '../../src/bench/synthetic-articles';

/**
 * Articles per JSONL file. The app gives each file 60 s of extraction (DEFAULT_FILE_TIMEOUT_MS) and refuses
 * files over 20 MB; 250 synthetic ~4 KB articles (~1 MB) stay far inside both on a loaded machine, so a
 * big corpus arrives as a folder of parts picked at once — as a user with a crawl would import it.
 */
export const ARTICLES_PER_FILE = 250;

export interface AppCorpus {
  articles: number;
  /** JSONL parts on disk, in order, for the file input. */
  files: string[];
  bytes: number;
}

/** Writes `count` seeded synthetic articles (src/bench/synthetic-articles) as JSONL parts in a fresh temp folder. */
export function writeAppCorpus(count: number): AppCorpus {
  const dir = mkdtempSync(join(tmpdir(), `sourcetrace-app-bench-${count}-`));
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let lines: string[] = [];
  let bytes = 0;
  const flush = () => {
    if (lines.length === 0) return;
    const file = join(dir, `part-${String(files.length).padStart(3, '0')}.jsonl`);
    const text = lines.join('\n') + '\n';
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    files.push(file);
    lines = [];
  };
  for (const article of syntheticArticles(count, { seed: 42 })) {
    lines.push(JSON.stringify(article));
    if (lines.length === ARTICLES_PER_FILE) flush();
  }
  flush();
  return { articles: count, files, bytes };
}

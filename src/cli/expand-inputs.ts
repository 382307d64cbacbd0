import { stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { IngestProblem } from '../ingest';

/** Extensions picked up when walking a folder; files named explicitly are tried whatever their name. */
export const WALKED_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'xhtml', 'json', 'jsonl', 'ndjson', 'rss', 'atom', 'xml'];

export interface InputFile {
  path: string;
  /** As shown in messages: relative to the working directory. */
  display: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  problems: IngestProblem[];
  /** Files met in folders but not of a walked extension. */
  ignored: number;
}

const walkPattern = `**/*.{${WALKED_EXTENSIONS.join(',')}}`;

/**
 * Expands CLI arguments — files, folders (walked recursively) and globs, hidden files and node_modules
 * skipped — into a sorted, de-duplicated list of files. Missing paths become problems, not errors.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const found = new Set<string>();
  const problems: IngestProblem[] = [];
  let ignored = 0;
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const hits = await glob(arg, { cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**'] });
      if (hits.length === 0) problems.push({ file: arg, message: 'build: the pattern matched no files' });
      hits.forEach((p) => found.add(p));
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (!info) problems.push({ file: arg, message: 'build: no such file or folder' });
    else if (info.isFile()) found.add(path);
    else if (info.isDirectory()) {
      const ignore = ['**/node_modules/**'];
      const all = await glob('**/*', { cwd: path, absolute: true, onlyFiles: true, ignore });
      const hits = await glob(walkPattern, {
        cwd: path,
        absolute: true,
        onlyFiles: true,
        ignore,
        caseSensitiveMatch: false,
      });
      ignored += all.length - hits.length;
      hits.forEach((p) => found.add(p));
    }
  }
  const files = [...found].sort().map((path) => ({ path, display: relative(cwd, path) || path }));
  return { files, problems, ignored };
}

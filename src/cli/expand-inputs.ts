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
 * A walk (folder or glob) never leaves where it was pointed: a symbolic link inside a walked folder is
 * not followed, so `corpus/notes.txt -> ~/.aws/credentials` cannot put a secret into a shared graph.
 * A link named on the command line is the user's explicit choice and is read.
 */
const WALK = { absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/node_modules/**'] };

/**
 * Expands CLI arguments — files, folders (walked recursively) and globs, hidden files and node_modules
 * skipped, symbolic links inside walks not followed — into a sorted, de-duplicated list of files. Missing paths become problems, not errors.
 */
export async function expandInputs(args: readonly string[], cwd: string): Promise<ExpandedInputs> {
  const found = new Set<string>();
  const problems: IngestProblem[] = [];
  let ignored = 0;
  for (const arg of args) {
    if (isDynamicPattern(arg)) {
      const hits = await glob(arg, { ...WALK, cwd });
      if (hits.length === 0) problems.push({ file: arg, message: 'build: the pattern matched no files' });
      hits.forEach((p) => found.add(p));
      continue;
    }
    const path = resolve(cwd, arg);
    const info = await stat(path).catch(() => undefined);
    if (!info) problems.push({ file: arg, message: 'build: no such file or folder' });
    else if (info.isFile()) found.add(path);
    else if (info.isDirectory()) {
      const all = await glob('**/*', { ...WALK, cwd: path });
      const hits = await glob(walkPattern, { ...WALK, cwd: path, caseSensitiveMatch: false });
      ignored += all.length - hits.length;
      hits.forEach((p) => found.add(p));
    }
  }
  const files = [...found].sort().map((path) => ({ path, display: relative(cwd, path) || path }));
  return { files, problems, ignored };
}

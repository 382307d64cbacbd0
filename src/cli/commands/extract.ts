import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ArticleInput, OutletEntry } from '../../extract';
import { DEFAULT_OUTLETS, extractArticle } from '../../extract';
import type { CliCommand } from '../command';

const usage = `Usage: sourcetrace extract <file.txt | file.jsonl>... [--outlets <outlets.json>] [--outlet <name>]

Finds the attributions in news articles: who is said to have said, reported, written, obtained or
disputed what, with exact character offsets (JS string indices) into the text.

  <file.txt>     one article; prints { "attributions": [...] }
  <file.jsonl>   one article per line, { "id", "text", "outlet"?, "url"?, "title"?, "publishedAt"? };
                 prints one line per record: { "id", "attributions": [...] }
  --outlets F    extra outlets (JSON array of { name, domain?, aliases?, short? }) added to the gazetteer
  --outlet N     the publishing outlet of the .txt articles

Each attribution: { source: { text, start, end, kind, key, anonymous? } | null, cue: { text, start, end },
content: { text, start, end }, type: direct|indirect|mixed, stance: asserts|disputes|supports,
confidence: 0..1, via?: [...] }.
`;

function parseRecord(line: string, file: string, n: number): ArticleInput & { id: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error(`extract: ${file}: line ${n}: not valid JSON`);
  }
  const rec = value as Record<string, unknown>;
  if (typeof rec.text !== 'string') throw new Error(`extract: ${file}: line ${n}: "text" must be a string`);
  const meta = (rec.meta ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const input: ArticleInput & { id: string } = { id: str(rec.id) ?? String(n), text: rec.text };
  const outlet = str(rec.outlet);
  const url = str(rec.url) ?? str(meta.sourceURL);
  const title = str(rec.title) ?? str(meta.title);
  const publishedAt = str(rec.publishedAt) ?? str(meta.dateCreated);
  if (outlet) input.outlet = outlet;
  if (url && outlet) input.url = url;
  if (title) input.title = title;
  if (publishedAt) input.publishedAt = publishedAt;
  return input;
}

/** Reads every article of a .txt or .jsonl file. Exported for `eval`. */
export async function readArticles(path: string): Promise<(ArticleInput & { id: string })[]> {
  const raw = await readFile(path, 'utf8');
  if (!path.endsWith('.jsonl')) return [{ id: path, text: raw }];
  return raw
    .split('\n')
    .map((line, i) => [line, i + 1] as const)
    .filter(([line]) => line.trim() !== '')
    .map(([line, n]) => parseRecord(line, path, n));
}

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'find the attributions in .txt or .jsonl articles, as JSON',
  usage,
  async run(args, io) {
    const files: string[] = [];
    let outlets: readonly OutletEntry[] = DEFAULT_OUTLETS;
    let outlet: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--outlets' || a === '--outlet') {
        const v = args[++i];
        if (!v) {
          io.stderr.write(`sourcetrace extract: ${a} needs a value\n`);
          return 2;
        }
        if (a === '--outlet') outlet = v;
        else outlets = [...outlets, ...(JSON.parse(await readFile(resolve(io.cwd, v), 'utf8')) as OutletEntry[])];
      } else files.push(a);
    }
    if (files.length === 0) {
      io.stderr.write(usage);
      return 2;
    }
    for (const file of files) {
      const path = resolve(io.cwd, file);
      for (const article of await readArticles(path)) {
        const input = outlet && !article.outlet ? { ...article, outlet } : article;
        const { attributions } = extractArticle(input, { outlets });
        const out = file.endsWith('.jsonl') ? { id: article.id, attributions } : { attributions };
        io.stdout.write(file.endsWith('.jsonl') ? JSON.stringify(out) + '\n' : JSON.stringify(out, null, 2) + '\n');
      }
    }
    return 0;
  },
};

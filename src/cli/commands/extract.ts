import { resolve } from 'node:path';
import type { OutletEntry } from '../../extract';
import { DEFAULT_OUTLETS } from '../../extract';
import { extractArticle } from '../../corpus';
import type { IngestedArticle, IngestProblem, IngestResult } from '../../ingest';
import type { CliCommand, CliIO } from '../command';
import { ingestPath } from '../ingest-path';
import { readOutlets } from '../read-outlets';
import { terminalText } from '../terminal-text';

const usage = `Usage: sourcetrace extract <file>... [--outlets <outlets.json>] [--outlet <name>]

Finds the attributions in news articles: who is said to have said, reported, written, obtained or
disputed what, with exact character offsets (JS string indices) into the text.

  <file>         read like \`build\` reads it, with the same checks (20 MB limit; empty, binary and
                 non-UTF-8 files refused; format from extension and content):
                 .txt/.md or .html   one article; prints { "attributions": [...] }
                 .jsonl, .json, feeds  one or more records ({ id?, title?, outlet?, url?, publishedAt?,
                                     author?, text }); prints one line per article: { "id", "attributions" }
  --outlets F    extra outlets (JSON array of { name, domain?, aliases?, short? }) added to the gazetteer
  --outlet N     the publishing outlet of articles that do not name one

Each attribution: { source: { text, start, end, kind, key, anonymous? } | null, cue: { text, start, end },
content: { text, start, end }, type: direct|indirect|mixed, stance: asserts|disputes|supports,
confidence: 0..1, via?: [...] }.

A bad record (e.g. a JSONL line that is not valid JSON) is reported on standard error by file and line
and the other records are still extracted. Exit status: 0 when everything was read, 1 when any file
or record was refused (what could be read is still printed), 2 on a usage error.
`;

interface ExtractArgs {
  files: string[];
  outlets: readonly OutletEntry[];
  outlet?: string;
}

async function parseArgs(args: string[], cwd: string): Promise<ExtractArgs | string> {
  const parsed: ExtractArgs = { files: [], outlets: DEFAULT_OUTLETS };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--outlets' || a === '--outlet') {
      const v = args[++i];
      if (!v) return `${a} needs a value`;
      if (a === '--outlet') parsed.outlet = v;
      else parsed.outlets = [...parsed.outlets, ...(await readOutlets(v, cwd, 'extract'))];
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else parsed.files.push(a);
  }
  return parsed.files.length ? parsed : 'no input files given';
}

/** Text and HTML hold one article, printed pretty; record formats print one line per article. */
const isSingle = (result: IngestResult) => result.format === 'text' || result.format === 'html';

function printArticles(result: IngestResult, args: ExtractArgs, io: CliIO): void {
  result.articles.forEach((article: IngestedArticle, i) => {
    const input = args.outlet && !article.outlet ? { ...article, outlet: args.outlet } : article;
    const { attributions } = extractArticle({ ...input, id: article.id ?? String(i + 1) }, { outlets: args.outlets });
    if (isSingle(result)) io.stdout.write(JSON.stringify({ attributions }, null, 2) + '\n');
    else io.stdout.write(JSON.stringify({ id: article.id ?? String(i + 1), attributions }) + '\n');
  });
}

async function extractFile(file: string, args: ExtractArgs, io: CliIO): Promise<IngestProblem[]> {
  const result = await ingestPath(resolve(io.cwd, file), file).catch((err: NodeJS.ErrnoException): IngestResult => ({
    file,
    format: null,
    articles: [],
    graphs: [],
    problems: [{ file, message: `extract: cannot be read (${err.code ?? err.message})` }],
  }));
  if (result.graphs.length) {
    result.problems.push({ file, message: 'extract: a graph file, not articles; use `sourcetrace export`' });
  }
  printArticles(result, args, io);
  return result.problems;
}

export const extractCommand: CliCommand = {
  name: 'extract',
  summary: 'find the attributions in articles (text, HTML, JSON, JSONL, feeds), as JSON',
  usage,
  async run(argv, io) {
    const args = await parseArgs(argv, io.cwd);
    if (typeof args === 'string') {
      io.stderr.write(terminalText(`sourcetrace extract: ${args}\n\n${usage}`));
      return 2;
    }
    let refused = 0;
    for (const file of args.files) {
      const problems = await extractFile(file, args, io);
      refused += problems.length;
      for (const p of problems) io.stderr.write(terminalText(`sourcetrace extract: ${p.file}: ${p.message}\n`));
    }
    return refused ? 1 : 0;
  },
};

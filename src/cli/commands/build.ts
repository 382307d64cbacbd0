import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { IngestProblem } from '../../ingest';
import { tooLarge } from '../../ingest/decode-text';
import { MAX_GRAPH_BYTES } from '../../ingest/parse-graph-bytes';
import type { BuildProgress } from '../build-runner';
import { DEFAULT_FILE_TIMEOUT_S, DEFAULT_WORKER_MEMORY_MB } from '../build-protocol';
import { runBuild } from '../build-runner';
import { formatSummary } from '../build-summary';
import type { CliCommand, CliIO } from '../command';
import type { InputFile } from '../expand-inputs';
import { expandInputs, WALKED_EXTENSIONS } from '../expand-inputs';
import { readOutlets } from '../read-outlets';
import { createProgressBar } from '../progress-bar';
import { writeFileAtomic } from '../write-file-atomic';
import { writeGraphJson } from '../write-graph-json';
import { terminalText } from '../terminal-text';

/**
 * The main thread merges and clusters while workers extract, and merging is the longer half: a worker
 * on every core would take CPU from it (2 cores, 10,000 articles: 1 worker 38.5 s, 2 workers 43.6 s).
 */
const defaultJobs = (): number => Math.max(1, availableParallelism() - 1);

const usage = `Usage: sourcetrace build <file|folder|glob>... [-o graph.json] [options]

Reads articles in every supported format, extracts who reported what citing whom, and merges them
into one graph: entities across articles by key and alias, the same claim from several outlets into
one claim node. Writes graphology JSON (readable by \`sourcetrace export\` and the app).

Inputs
  file       .txt/.md (UTF-8), .html (saved pages), .json / .jsonl ({ id?, title?, outlet?, url?,
             publishedAt?, author?, summary?, text }), .rss/.atom/.xml feeds (items shorter than
             300 characters are kept, marked summary), or a graph JSON to merge
  folder     walked recursively for ${WALKED_EXTENSIONS.map((e) => '.' + e).join(' ')}
             (symbolic links inside folders and globs are not followed; name a link to read it)
  glob       e.g. 'news/**/*.html' (quote it so the shell leaves it alone)

Options
  -o, --output F   write the graph to F (default: standard output)
  -j, --jobs N     extraction worker threads (default: one per core beside the merging thread,
                   ${defaultJobs()} here); 0 = no workers
  --file-timeout S skip a file whose extraction takes longer than S seconds (default ${DEFAULT_FILE_TIMEOUT_S};
                   0 = no limit); its worker is stopped and a fresh one goes on with the other files
  --worker-heap MB heap per worker thread in MB (default ${DEFAULT_WORKER_MEMORY_MB}); a file that needs more is
                   skipped the same way. Neither limit applies with --jobs 0 (no worker to stop)
  --outlets F      extra outlets (JSON array of { name, domain?, aliases?, short? }) for the gazetteer
  -q, --quiet      no progress bar and no summary
  -h, --help       this text

Files that cannot be read (empty, binary, not UTF-8, over 20 MB, unsupported) and bad records are
skipped and listed with the reason. A graph JSON input (limit 1 GB) that cannot be loaded is not
skipped: the build stops and writes nothing, as it does when the file -o would overwrite fails to load.
Exit status: 0 when anything loaded, 1 when nothing did or a graph input failed, 2 on a usage error.
`;

interface BuildArgs {
  inputs: string[];
  output?: string;
  jobs: number;
  outlets?: string;
  quiet: boolean;
  fileTimeout: number;
  workerMemory: number;
}

function parseArgs(args: string[]): BuildArgs | string {
  const parsed: BuildArgs = {
    inputs: [],
    jobs: defaultJobs(),
    quiet: false,
    fileTimeout: DEFAULT_FILE_TIMEOUT_S,
    workerMemory: DEFAULT_WORKER_MEMORY_MB,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => args[++i];
    if (arg === '-o' || arg === '--output') parsed.output = value();
    else if (arg === '-j' || arg === '--jobs') parsed.jobs = Number(value());
    else if (arg === '--outlets') parsed.outlets = value();
    else if (arg === '--file-timeout') parsed.fileTimeout = Number(value());
    else if (arg === '--worker-heap') parsed.workerMemory = Number(value());
    else if (arg === '-q' || arg === '--quiet') parsed.quiet = true;
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else parsed.inputs.push(arg);
    if (
      ['-o', '--output', '-j', '--jobs', '--outlets', '--file-timeout', '--worker-heap'].includes(arg) &&
      args[i] === undefined
    )
      return `${arg} needs a value`;
  }
  if (!Number.isInteger(parsed.jobs) || parsed.jobs < 0) return '--jobs must be a whole number ≥ 0';
  if (!(parsed.fileTimeout >= 0)) return '--file-timeout must be a number of seconds ≥ 0';
  if (!Number.isInteger(parsed.workerMemory) || parsed.workerMemory < 64)
    return '--worker-heap must be a whole number of MB ≥ 64';
  if (parsed.inputs.length === 0) return 'no input files given';
  return parsed;
}

async function writeOutput(graph: Parameters<typeof writeGraphJson>[0], output: string | undefined, io: CliIO) {
  if (!output) {
    await writeGraphJson(graph, io.stdout as NodeJS.WritableStream as never);
    io.stdout.write('\n');
    return;
  }
  // Written beside the target and renamed at the end: a failed write leaves the old graph intact.
  const target = resolve(io.cwd, output);
  await writeFileAtomic(target, async (file) => {
    await writeGraphJson(graph, file);
    file.write('\n');
  });
  const { size } = await stat(target);
  if (size > MAX_GRAPH_BYTES) {
    const warning = `sourcetrace build: warning: ${output} is ${tooLarge(size, MAX_GRAPH_BYTES)}`;
    io.stderr.write(terminalText(`${warning}; build and export will not read it back: split the corpus\n`));
  }
}

/**
 * Problems that stop the build: a graph input that did not load (the corpus it holds would be missing
 * from the output), and any failure of the file the output would overwrite.
 */
function stoppingProblems(problems: IngestProblem[], files: InputFile[], output: string | undefined, cwd: string) {
  const target = output === undefined ? undefined : resolve(cwd, output);
  const overwritten = new Set(files.filter((f) => f.path === target).map((f) => f.display));
  return problems.filter((p) => p.fatal || overwritten.has(p.file));
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(terminalText(`sourcetrace build: ${parsed}\n\n${usage}`));
    return 2;
  }
  const started = performance.now();
  const outlets = parsed.outlets ? await readOutlets(parsed.outlets, io.cwd, 'build') : undefined;
  const { files, problems: inputProblems, ignored } = await expandInputs(parsed.inputs, io.cwd);
  const bar = parsed.quiet ? createProgressBar({ write: () => true } as never) : createProgressBar(io.stderr);
  const onProgress = (p: BuildProgress) =>
    bar.update(
      p.filesDone,
      p.filesTotal,
      `${p.filesDone}/${p.filesTotal} files · ${p.articles} articles · ${p.current}`,
    );
  const outcome = await runBuild({
    files,
    jobs: parsed.jobs,
    ...(outlets ? { outlets } : {}),
    onProgress,
    fileTimeoutMs: parsed.fileTimeout * 1000,
    workerMemoryMb: parsed.workerMemory,
  });
  bar.done();
  outcome.problems.unshift(...inputProblems);
  const stop = stoppingProblems(outcome.problems, files, parsed.output, io.cwd);
  if (stop.length) {
    const lines = stop.map((p) => `  ${p.file}: ${p.message}`).join('\n');
    const what = parsed.output ? `${parsed.output} was not written` : 'no graph was written';
    io.stderr.write(terminalText(`sourcetrace build: a graph input could not be loaded; ${what}:\n${lines}\n`));
    return 1;
  }
  const loaded = outcome.report.added.length > 0 || outcome.graph.order > 0;
  if (loaded) await writeOutput(outcome.graph, parsed.output, io);
  if (!parsed.quiet || !loaded) {
    const summary = formatSummary(outcome, files.length, ignored, (performance.now() - started) / 1000);
    (parsed.output ? io.stdout : io.stderr).write(terminalText(summary + (loaded ? '' : 'nothing could be loaded\n')));
  }
  return loaded ? 0 : 1;
}

export const buildCommand: CliCommand = {
  name: 'build',
  summary: 'build one graph from articles in any format (files, folders, globs), on all cores',
  usage,
  run,
};

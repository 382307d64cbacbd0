import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { strictXmldomParser } from '../../export/xmldom-parser';
import type { ExportOptions, Position } from '../../export';
import {
  EXPORT_FORMAT_IDS,
  EXPORT_FORMATS,
  exportFileName,
  layoutGraph,
  readGraphFile,
  selectGraph,
  writeFormat,
  type ExportFormat,
  type WrittenFormat,
} from '../../export';
import type { SourcetraceGraph } from '../../model';
import { nodeKey } from '../../model';
import { nodesByOutlet } from '../../query';
import { readSnapshot } from '../../snapshot';
import type { CliCommand, CliIO } from '../command';
import { writeBytesAtomic } from '../write-file-atomic';
import { terminalText } from '../terminal-text';

const FORMATS = EXPORT_FORMAT_IDS;
type Format = ExportFormat;

const usage = `Usage: sourcetrace export <graph> --format svg|json|graphml|gexf|csv|cyjs|png [-o <path>] [options]

Writes a graph in another format. <graph> is graph JSON (ours or any graphology serialisation), GraphML,
GEXF, or a snapshot (.sourcetrace.json, whose saved positions are used).

  --format F      svg      vector drawing with labels and legend
                  json     graphology JSON with every attribute and all evidence
                  graphml  GraphML with typed columns (Gephi, networkx, yEd)
                  gexf     GEXF 1.3 with typed columns, viz colour and position (Gephi)
                  csv      nodes.csv + edges.csv (with evidence sentences) in one .zip
                  cyjs     Cytoscape desktop JSON
                  png      refused: rasterising needs a browser. Use svg (the same drawing, vector)
                           or the app's Export menu, which writes PNG at 1×, 2× or 4×.
  -o, --out P     output file (.zip for csv); "-" for stdout (text formats).
                  Default: sourcetrace-<outlets|all>-<date>.<ext> in the current directory
  --outlet N      only what this outlet (name or outlet: key) published and cited; repeatable
  --seed N        seed of the headless layout (ForceAtlas2) used when the input has no positions; default 1
  --background B  svg background: transparent (default), white or #rrggbb
  --no-legend     svg without the legend
  --strict        refuse foreign nodes/edges without a Sourcetrace kind instead of reading them as
                  organization / mentions
`;

interface ExportArgs {
  input: string;
  format: Format;
  out?: string;
  outlets: string[];
  seed: number;
  background?: string;
  legend: boolean;
  strict: boolean;
}

function parseArgs(args: string[]): ExportArgs | string {
  const parsed: Partial<ExportArgs> & { outlets: string[] } = { outlets: [], seed: 1, legend: true, strict: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--no-legend') parsed.legend = false;
    else if (a === '--strict') parsed.strict = true;
    else if (['--format', '-o', '--out', '--outlet', '--seed', '--background'].includes(a)) {
      const v = args[++i];
      if (v === undefined) return `${a} needs a value`;
      if (a === '--format') {
        if (!FORMATS.includes(v as Format)) return `unknown format "${v}"; use one of ${FORMATS.join(', ')}`;
        parsed.format = v as Format;
      } else if (a === '--outlet') parsed.outlets.push(v);
      else if (a === '--seed') parsed.seed = Number(v);
      else if (a === '--background') parsed.background = v;
      else parsed.out = v;
    } else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
    else if (parsed.input === undefined) parsed.input = a;
    else return `one input file only (got "${parsed.input}" and "${a}")`;
  }
  if (!parsed.input) return 'which graph? give a graph file';
  if (!parsed.format) return '--format is required';
  if (!Number.isInteger(parsed.seed)) return '--seed must be a whole number';
  return parsed as ExportArgs;
}

interface Loaded {
  graph: SourcetraceGraph;
  positions: Map<string, Position>;
}

async function load(path: string, strict: boolean, io: CliIO): Promise<Loaded | string[]> {
  const name = basename(path);
  const text = await readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => {
    // Also a graph too big for one string (V8's limit is about 512 M characters): name the file.
    throw new Refusal(`sourcetrace export: ${name}: cannot be read (${err.code ?? err.message})`, 1);
  });
  if (name.endsWith('.sourcetrace.json') || /^\s*\{\s*"type"\s*:\s*"sourcetrace-snapshot"/.test(text.slice(0, 200))) {
    const snap = readSnapshot(text, name);
    if (!snap.ok) return snap.problems;
    return { graph: snap.graph, positions: new Map(Object.entries(snap.snapshot.view.positions ?? {})) };
  }
  const result = readGraphFile({ name, text }, strictXmldomParser(), { strict });
  if (!result.ok) return result.problems;
  for (const warning of result.warnings) io.stderr.write(terminalText(`sourcetrace export: ${warning}\n`));
  return { graph: result.graph, positions: result.positions };
}

function outletFilter(graph: SourcetraceGraph, outlets: string[]): { keys: string[]; missing: string[] } {
  const keys = new Set<string>();
  const missing: string[] = [];
  for (const outlet of outlets) {
    const key = outlet.startsWith('outlet:') ? outlet : nodeKey('outlet', outlet);
    if (!graph.hasNode(key)) missing.push(outlet);
    for (const k of nodesByOutlet(graph, key)) keys.add(k);
  }
  return { keys: [...keys], missing };
}

function render(format: WrittenFormat, graph: SourcetraceGraph, options: ExportOptions, args: ExportArgs) {
  const svg = args.background ? { legend: args.legend, background: args.background } : { legend: args.legend };
  return writeFormat(format, graph, { ...options, date: new Date(), svg });
}

/** A reason to stop, with the exit code: 2 for a wrong command line, 1 for unusable input. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

const PNG_REFUSAL =
  'sourcetrace export: PNG is not made on the command line: rasterising needs a browser, and no native image ' +
  "library is bundled. Use --format svg (the same drawing, as a vector) or the app's Export menu (PNG at 1×, 2× or 4×).";

function exportOptions(loaded: Loaded, args: ExportArgs): ExportOptions {
  const { graph } = loaded;
  const options: ExportOptions = {};
  if (args.outlets.length) {
    const { keys, missing } = outletFilter(graph, args.outlets);
    if (missing.length) {
      throw new Refusal(`sourcetrace export: no outlet ${missing.map((m) => `"${m}"`).join(', ')} in ${args.input}`, 1);
    }
    options.filter = { nodes: keys };
  }
  let positions = loaded.positions;
  // A drawing needs every node placed; a partial or missing layout is redone, deterministically.
  if (args.format === 'svg' && graph.someNode((key) => !positions.has(key))) {
    positions = layoutGraph(graph, { seed: args.seed });
  }
  if (positions.size) options.positions = positions;
  return options;
}

async function emit(output: string | Uint8Array, args: ExportArgs, io: CliIO): Promise<string | undefined> {
  if (args.out === '-') {
    if (output instanceof Uint8Array) throw new Refusal('sourcetrace export: csv is a zip; give -o <file.zip>', 2);
    io.stdout.write(output);
    return undefined;
  }
  const target = resolve(
    io.cwd,
    args.out ?? exportFileName(EXPORT_FORMATS[args.format].extension, new Date(), args.outlets),
  );
  if (args.format === 'csv' && !target.endsWith('.zip')) {
    throw new Refusal('sourcetrace export: csv writes nodes.csv and edges.csv in one zip; give -o <name>.zip', 2);
  }
  await writeBytesAtomic(target, output);
  return target;
}

async function exportGraph(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') throw new Refusal(`sourcetrace export: ${args}\n\n${usage}`, 2);
  if (args.format === 'png') throw new Refusal(PNG_REFUSAL, 2);
  const loaded = await load(resolve(io.cwd, args.input), args.strict, io);
  if (Array.isArray(loaded)) throw new Refusal(loaded.join('\n'), 1);
  const options = exportOptions(loaded, args);
  const target = await emit(render(args.format, loaded.graph, options, args), args, io);
  if (target) {
    const written = selectGraph(loaded.graph, options);
    io.stderr.write(
      terminalText(`sourcetrace export: wrote ${target} (${written.order} nodes, ${written.size} edges)\n`),
    );
  }
  return 0;
}

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a graph as SVG, JSON, GraphML, GEXF, CSV (zip) or Cytoscape JSON',
  usage,
  async run(argv, io) {
    try {
      return await exportGraph(argv, io);
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      io.stderr.write(terminalText(err.message.trimEnd() + '\n'));
      return err.code;
    }
  },
};

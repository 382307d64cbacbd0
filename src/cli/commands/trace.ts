import { claimPaths, findClaims, type ClaimPaths } from '../../query';
import { runBuild } from '../build-runner';
import type { CliCommand, CliIO } from '../command';
import { expandInputs } from '../expand-inputs';
import { terminalText } from '../terminal-text';

const usage = `Usage: sourcetrace trace <graph.json | articles…> --claim TEXT [--json]

Prints where the claims whose text contains TEXT (case-insensitive) came from: for each article that
reports one, the path from its outlet through the sources it cites to each primary source; the primary
sources with their status (document, named, anonymous) and who disputes the claim. Articles given as
input (any format sourcetrace build reads, folders too) are built first.
  --claim TEXT  what the claim's text contains (required)
  --json        print {"claims":[{"key","text","paths","primary","disputedBy"}]} instead of a tree
`;

interface TraceArgs {
  inputs: string[];
  claim: string;
  json: boolean;
}

function parseArgs(args: readonly string[]): TraceArgs | string {
  const inputs: string[] = [];
  let claim: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--claim') {
      claim = args[++i];
      if (claim === undefined) return '--claim needs a text';
    } else if (a === '--json') json = true;
    else if (a.startsWith('-')) return `unknown option "${a}"`;
    else inputs.push(a);
  }
  if (inputs.length === 0) return 'no input: give a graph JSON file or articles';
  if (claim === undefined || claim.trim() === '') return '--claim TEXT is required';
  return { inputs, claim, json };
}

/** The paths as a tree a person reads: one line per path, the cue that links each step in brackets. */
function treeText(claims: readonly ClaimPaths[]): string {
  const out: string[] = [];
  for (const c of claims) {
    out.push(`claim: ${c.text}`);
    if (c.paths.length === 0) out.push('  (no reporting article traces it)');
    for (const path of c.paths)
      out.push(`  ${path.map((n, i) => (i === 0 ? n.label : `${n.cue ? `[${n.cue}] ` : ''}${n.label}`)).join(' → ')}`);
    const primary = c.primary.map((p) => `${p.label} (${p.status})`).join('; ');
    out.push(`  primary: ${primary || 'none'}`);
    if (c.disputedBy.length) out.push(`  disputed by: ${c.disputedBy.map((d) => d.label).join('; ')}`);
    out.push('');
  }
  return out.join('\n');
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr.write(terminalText(`sourcetrace trace: ${parsed}\n\n${usage}`));
    return 2;
  }
  const { files, problems: inputProblems } = await expandInputs(parsed.inputs, io.cwd);
  const outcome = await runBuild({ files, jobs: 0 });
  const problems = [...inputProblems, ...outcome.problems];
  for (const p of problems) io.stderr.write(terminalText(`sourcetrace trace: ${p.file}: ${p.message}\n`));
  if (problems.some((p) => p.fatal)) return 1;
  const keys = findClaims(outcome.graph, parsed.claim);
  if (keys.length === 0) {
    io.stderr.write(terminalText(`sourcetrace trace: no claim contains "${parsed.claim}"\n`));
    return 1;
  }
  const claims = keys.map((k) => claimPaths(outcome.graph, k));
  io.stdout.write(parsed.json ? `${JSON.stringify({ claims })}\n` : terminalText(treeText(claims)));
  return 0;
}

export const traceCommand: CliCommand = {
  name: 'trace',
  summary: 'print the chains of the claims containing a text, from the publishing outlet to the primary sources',
  usage,
  run,
};

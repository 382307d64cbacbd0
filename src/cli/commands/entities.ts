import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkEntities, entityReportText, type CheckedEntity } from '../../eval';
import type { CliCommand, CliIO } from '../command';
import { ingestPath } from '../ingest-path';
import { terminalText } from '../terminal-text';

export const DEFAULT_ENTITY_LIST = fileURLToPath(new URL('../../../data/eval/entities.json', import.meta.url));

const usage = `Usage: sourcetrace entities <graph.json> [--list <entities.json>] [--top N]

Checks the entities of a built corpus graph (sourcetrace build … -o graph.json): for each listed entity,
how many nodes name it and the share of its edges the main node holds (one node of the right kind with
>= 95 % is the target); how many person labels are not clean names; which of the N (500) most connected
people, organisations, outlets and documents are not names at all.
  --list F   the entities to look for (default: data/eval/entities.json, 2015-16 US political news)
  --top N    how many of the most connected nodes to check for non-names (default 500)
`;

const listSchema = z.object({
  entities: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(['person', 'organization']),
      forms: z.array(z.array(z.string()).min(1)).min(1),
      unless: z.array(z.string()),
    }),
  ),
});

/** The entity list, validated: a wrong field is named with the file. */
export async function readEntityList(path: string): Promise<CheckedEntity[]> {
  const parsed = listSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`eval/entities: ${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data.entities;
}

/** Loads a graph file and prints the entity check; the exit code (1 when the graph cannot be read). */
export async function printEntityCheck(graphPath: string, listPath: string, top: number, io: CliIO): Promise<number> {
  const result = await ingestPath(graphPath, graphPath);
  const graph = result.graphs[0];
  if (!graph) {
    const why = result.problems.map((p) => p.message).join('; ') || 'not a graph JSON file';
    io.stderr.write(terminalText(`sourcetrace entities: ${graphPath}: ${why}\n`));
    return 1;
  }
  const list = await readEntityList(listPath);
  io.stdout.write(terminalText(`Entities in ${graphPath} (${list.length} listed in ${listPath}):\n\n`));
  io.stdout.write(terminalText(entityReportText(checkEntities(graph, list, top))));
  return 0;
}

export const entitiesCommand: CliCommand = {
  name: 'entities',
  summary: 'check a corpus graph: one node per entity, clean person names, no non-names',
  usage,
  async run(args, io) {
    let list = DEFAULT_ENTITY_LIST;
    let top = 500;
    const inputs: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      if (a === '--list' && args[i + 1]) list = resolve(io.cwd, args[++i]!);
      else if (a === '--top' && Number.isInteger(Number(args[i + 1])) && Number(args[i + 1]) > 0)
        top = Number(args[++i]);
      else if (a.startsWith('-')) {
        io.stderr.write(terminalText(`sourcetrace entities: unknown or incomplete option "${a}"\n${usage}`));
        return 2;
      } else inputs.push(a);
    }
    if (inputs.length !== 1) {
      io.stderr.write(usage);
      return 2;
    }
    return printEntityCheck(resolve(io.cwd, inputs[0]!), list, top, io);
  },
};

import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { extractArticle } from '../../corpus';
import type { GoldArticle, Outcome, Scores } from '../../eval';
import { isBratFolder, readBratFolder } from '../../eval/read-brat-folder';
import {
  addScores,
  countsLine,
  emptyScores,
  parseGold,
  reliability,
  reliabilityTable,
  scoreArticle,
  scoreTable,
} from '../../eval';
import type { CliCommand } from '../command';
import { terminalText } from '../terminal-text';
import { DEFAULT_ENTITY_LIST, printEntityCheck } from './entities';
import { cvReport, polnearCrossValidation } from '../../train';

const usage = `Usage: sourcetrace eval <file.jsonl | dir>... [--json] [--entities <graph.json>] [--polnear <dir>]

Scores the extractor against annotated JSONL (format: ../shared/eval/README.md). Each argument is a set:
a file, a directory whose *.jsonl files are scored one by one and together, or a brat standoff folder
(.ann files, or PolNeAR's text/ + attributions/). Prints precision, recall
and F1 for source, cue and content spans, exact and overlap (any shared character for source and cue,
token Jaccard >= 0.5 for content), and a reliability table (confidence bins vs observed source precision).
  --json              print the figures as JSON instead
  --entities G        also run the entity check on the corpus graph G (see sourcetrace entities --help)
  --polnear D         also cross-validate the tagger inside PolNeAR's train split D (D/text, D/attributions):
                      trained on the other folds plus ../shared/eval/gum-train.jsonl, rules, model and their
                      combinations side by side, with the reliability of their confidences (minutes)
  --folds K           folds of that cross-validation (5)
`;

/** Removes `--name value` pairs from the arguments, returning the values. */
function takeOption(args: string[], name: string): string | undefined | null {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value ?? null;
}

/** A set's files and how to read each: JSONL files one by one, or a brat folder as one file. */
async function setFiles(path: string): Promise<{ name: string; read: () => Promise<GoldArticle[]> }[]> {
  if (await isBratFolder(path)) return [{ name: basename(path), read: () => readBratFolder(path) }];
  const files = (await stat(path)).isDirectory()
    ? (await readdir(path))
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  return files.map((file) => ({
    name: basename(file),
    read: async () => parseGold(await readFile(file, 'utf8'), basename(file)),
  }));
}

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'score the extractor against annotated JSONL (P/R/F1, calibration)',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const json = args.includes('--json');
    const entityGraph = takeOption(args, '--entities');
    const polnear = takeOption(args, '--polnear');
    const folds = takeOption(args, '--folds');
    if (entityGraph === null || polnear === null || folds === null || (folds && !(Number(folds) > 1))) {
      io.stderr.write(usage);
      return 2;
    }
    const sets = args.filter((a) => a !== '--json');
    if (sets.length === 0 && !polnear) {
      io.stderr.write(usage);
      return 2;
    }
    const rows: { name: string; scores: Scores }[] = [];
    const all: Outcome[] = [];
    const report: Record<string, unknown> = {};
    for (const set of sets) {
      const path = resolve(io.cwd, set);
      const files = await setFiles(path);
      const total = emptyScores();
      const outcomes: Outcome[] = [];
      for (const file of files) {
        const fileScores = emptyScores();
        for (const article of await file.read()) {
          const input = { id: article.id, text: article.text, ...(article.outlet ? { outlet: article.outlet } : {}) };
          const { scores, outcomes: o } = scoreArticle(article, extractArticle(input).attributions);
          addScores(fileScores, scores);
          outcomes.push(...o);
        }
        if (files.length > 1) rows.push({ name: `  ${file.name}`, scores: fileScores });
        addScores(total, fileScores);
      }
      rows.push({ name: set, scores: total });
      all.push(...outcomes);
      const rel = reliability(outcomes);
      report[set] = { scores: total, reliability: rel };
    }
    const rel = reliability(all);
    const cv = polnear
      ? await polnearCrossValidation(
          resolve(io.cwd, polnear),
          [resolve(io.cwd, '../shared/eval/gum-train.jsonl')],
          Number(folds ?? 5),
          undefined,
          (l) => {
            if (!json) io.stderr.write(l + '\n');
          },
        )
      : undefined;
    if (json) {
      const cvJson = cv ? { polnearCrossValidation: cv.variants.map((v) => ({ name: v.name, scores: v.scores })) } : {};
      io.stdout.write(JSON.stringify({ sets: report, reliability: rel, ...cvJson }, null, 2) + '\n');
      return 0;
    }
    if (rows.length > 0) {
      io.stdout.write(terminalText(scoreTable(rows) + '\n\n'));
      for (const r of rows.filter((x) => !x.name.startsWith('  ')))
        io.stdout.write(terminalText(countsLine(r.name, r.scores) + '\n'));
      io.stdout.write(
        '\nReliability (all sets; correct = source overlaps a gold source):\n' +
          reliabilityTable(rel.bins, rel.ece) +
          '\n',
      );
    }
    if (cv)
      io.stdout.write(
        (rows.length ? '\n' : '') + terminalText(cvReport(`PolNeAR train, ${folds ?? 5}-fold cross-validation:`, cv)),
      );
    if (entityGraph) {
      io.stdout.write('\n');
      return printEntityCheck(resolve(io.cwd, entityGraph), DEFAULT_ENTITY_LIST, 500, io);
    }
    return 0;
  },
};

import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { extractFacts } from '../../extract';
import type { EntityScores, GoldArticle, GoldEntity, Outcome, Scores } from '../../eval';
import { setFiles } from '../../eval/gold-set-files';
import {
  addScores,
  chainReportJson,
  chainReportText,
  countsLine,
  emptyEntityScores,
  emptyScores,
  entityGenreLines,
  entitySummary,
  entityTable,
  parseGold,
  readChainSet,
  reliability,
  reliabilityTable,
  scoreArticle,
  scoreChainSet,
  scoreEntities,
  scoreTable,
  typerFolds,
} from '../../eval';
import type { CliCommand } from '../command';
import { terminalText } from '../terminal-text';
import { DEFAULT_ENTITY_LIST, printEntityCheck } from './entities';
import { cvReport, polnearCrossValidation } from '../../train';

const usage = `Usage: sourcetrace eval <file.jsonl | dir>... [--json] [--entity-gold <file.jsonl>] [--chains <dir>] [--held-out <dir>] [--entities <graph.json>] [--polnear <dir>]

Scores the extractor against annotated JSONL (format: ../shared/eval/README.md). Each argument is a set:
a file, a directory whose *.jsonl files are scored one by one and together, or a brat standoff folder
(.ann files, or PolNeAR's text/ + attributions/). Prints precision, recall
and F1 for source, cue and content spans, exact and overlap (any shared character for source and cue,
token Jaccard >= 0.5 for content), and a reliability table (confidence bins vs observed source precision).
Sets whose records carry GUM entity mentions ("entities") are also scored for entity mentions: detection
P/R/F1 and typing accuracy for person, organization and place, a confusion table, and MUC and B³
coreference of our within-article entities against GUM's groups, on the mentions both sides have.
  --entity-gold F     entity mentions for records that carry none, by record id (gum-news from gum-train);
                      the shipped typer learned from F, so each of its documents is extracted with a typer
                      trained on F's other documents (leave one document out)
  --held-out D        (repeatable) a chain set scored the same way, its wrong claims not listed (never read
                      them to fix the extractor: the set would no longer be held out); --show-held-out lists them
  --chains D          (repeatable) also score chain accuracy on the chain set D (D/chains.json and its .txt articles, format:
                      data/eval/chains/README.md): each article built alone, a claim right when one of its paths
                      passes the expected outlets in order, ends at the expected primary source and is disputed
                      by the expected disputers; overall, per construction, and each wrong claim with its best path
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

export const evalCommand: CliCommand = {
  name: 'eval',
  summary: 'score the extractor against annotated JSONL (P/R/F1, calibration) and a chain set (chain accuracy)',
  usage,
  async run(argv, io) {
    const args = [...argv];
    const json = args.includes('--json');
    const entityGraph = takeOption(args, '--entities');
    const entityGoldFile = takeOption(args, '--entity-gold');
    const polnear = takeOption(args, '--polnear');
    const folds = takeOption(args, '--folds');
    // --chains may be given more than once: the tuned-on set and the fresh one are scored side by side.
    const chainsDirs: (string | null)[] = [];
    for (let d = takeOption(args, '--chains'); d !== undefined; d = takeOption(args, '--chains')) chainsDirs.push(d);
    // Held-out sets print their figures only: reading their wrong claims would tune on them.
    const heldOut = new Set<string | null>();
    for (let d = takeOption(args, '--held-out'); d !== undefined; d = takeOption(args, '--held-out')) {
      chainsDirs.push(d);
      heldOut.add(d);
    }
    const showHeldOut = args.includes('--show-held-out');
    if (showHeldOut) args.splice(args.indexOf('--show-held-out'), 1);
    const chainsDir = chainsDirs[0];
    const badOption = [entityGraph, entityGoldFile, polnear, folds, ...chainsDirs].includes(null);
    if (badOption || (folds && !(Number(folds) > 1))) {
      io.stderr.write(usage);
      return 2;
    }
    const sets = args.filter((a) => a !== '--json');
    if (sets.length === 0 && !polnear && !chainsDir) {
      io.stderr.write(usage);
      return 2;
    }
    const goldArticles = entityGoldFile ? await readGold(resolve(io.cwd, entityGoldFile)) : [];
    const entityGold = new Map(goldArticles.flatMap((a) => (a.entities ? [[a.id, a.entities] as const] : [])));
    // The shipped typer learned from these documents: each is scored with a typer trained on the others.
    const foldTyper = typerFolds(goldArticles);
    const entityRows: { name: string; scores: EntityScores; byGenre: Map<string, EntityScores> }[] = [];
    const rows: { name: string; scores: Scores }[] = [];
    const all: Outcome[] = [];
    const report: Record<string, unknown> = {};
    for (const set of sets) {
      const path = resolve(io.cwd, set);
      const files = await setFiles(path);
      const total = emptyScores();
      const entities = emptyEntityScores();
      const byGenre = new Map<string, EntityScores>();
      const outcomes: Outcome[] = [];
      for (const file of files) {
        const fileScores = emptyScores();
        for (const article of await file.read()) {
          const input = { id: article.id, text: article.text, ...(article.outlet ? { outlet: article.outlet } : {}) };
          const typer = foldTyper(article.id);
          const extracted = extractFacts(input, typer ? { typer } : {});
          const { scores, outcomes: o } = scoreArticle(article, extracted.attributions);
          addScores(fileScores, scores);
          const withEntities = article.entities ? article : withGold(article, entityGold);
          if (withEntities) {
            scoreEntities(entities, withEntities, extracted.mentions);
            const genre = article.genre ?? 'unknown';
            if (!byGenre.has(genre)) byGenre.set(genre, emptyEntityScores());
            scoreEntities(byGenre.get(genre)!, withEntities, extracted.mentions);
          }
          outcomes.push(...o);
        }
        if (files.length > 1) rows.push({ name: `  ${file.name}`, scores: fileScores });
        addScores(total, fileScores);
      }
      rows.push({ name: set, scores: total });
      all.push(...outcomes);
      const rel = reliability(outcomes);
      report[set] = {
        scores: total,
        reliability: rel,
        ...(entities.documents ? { entities: entitySummary(entities) } : {}),
      };
      if (entities.documents) entityRows.push({ name: set, scores: entities, byGenre });
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
    const chainSets = [];
    const listed = new Set<unknown>();
    for (const d of chainsDirs) {
      const set = scoreChainSet(await readChainSet(resolve(io.cwd, d!)));
      if (!heldOut.has(d) || showHeldOut) listed.add(set);
      chainSets.push(set);
    }
    const chains = chainSets[0];
    if (json) {
      const cvJson = cv ? { polnearCrossValidation: cv.variants.map((v) => ({ name: v.name, scores: v.scores })) } : {};
      const chainsJson = chains
        ? { chains: chainReportJson(chains), chainSets: chainSets.map((c) => chainReportJson(c)) }
        : {};
      io.stdout.write(JSON.stringify({ sets: report, reliability: rel, ...chainsJson, ...cvJson }, null, 2) + '\n');
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
    for (const r of entityRows)
      io.stdout.write(
        '\nEntities: ' + terminalText(entityTable(r.name, r.scores) + '\n' + entityGenreLines(r.byGenre)),
      );
    for (const c of chainSets)
      io.stdout.write((rows.length ? '\n' : '') + terminalText(chainReportText(c, listed.has(c)) + '\n'));
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

/** Entity mentions of an annotated set, by record id, to score records of another set that carry none. */
async function readGold(file: string): Promise<GoldArticle[]> {
  return parseGold(await readFile(file, 'utf8'), basename(file));
}

/** The record with the other set's entity mentions, when that set has the same id and the same text. */
function withGold(article: GoldArticle, gold: Map<string, GoldEntity[]>): GoldArticle | undefined {
  const entities = gold.get(article.id);
  return entities ? { ...article, entities } : undefined;
}

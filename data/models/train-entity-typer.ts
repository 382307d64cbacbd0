/**
 * Trains the entity typer (entity-typer.json) from GUM's annotated mentions: npm run train:typer.
 * Every document of gum-train trains it; `npm run eval` scores typing on the news documents with typers
 * trained on all documents but the one scored (leave one document out), so the figure stays held out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { TYPER_CLASSES } from '../../src/extract';
import { parseGold, typerExamples, typerFrom } from '../../src/eval';

const source = process.argv[2] ?? '../shared/eval/gum-train.jsonl';
const out = new URL('./entity-typer.json', import.meta.url);
const articles = parseGold(readFileSync(source, 'utf8'), source).filter((a) => a.entities);
const examples = new Map(articles.map((a) => [a.id, typerExamples(a)]));
const model = typerFrom(examples);
writeFileSync(out, JSON.stringify(model) + '\n');
const all = [...examples.values()].flat();
const counts = TYPER_CLASSES.map((c, i) => `${c} ${all.filter((e) => e.label === i).length}`).join(', ');
console.log(
  `entity typer: ${articles.length} documents, ${all.length} examples (${counts}), ${Object.keys(model.weights).length} features`,
);

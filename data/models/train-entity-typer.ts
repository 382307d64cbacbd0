/**
 * Trains the entity typer (entity-typer.json) from GUM's annotated mentions: npm run train:typer.
 * Only the non-news documents of gum-train train it, so the news documents (gum-news) stay a held-out check.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extractFacts, TYPER_CLASSES, typerFeatures } from '../../src/extract';
import type { TyperExample } from '../../src/eval';
import { alignMentions, goldTypeOf, gumTypeOf, headRange, parseGold, trainTyper } from '../../src/eval';

const source = process.argv[2] ?? '../shared/eval/gum-train.jsonl';
const out = new URL('./entity-typer.json', import.meta.url);
const classes: readonly string[] = TYPER_CLASSES;
const examples: TyperExample[] = [];
const CAPITAL = /^\p{Lu}/u;

for (const a of parseGold(readFileSync(source, 'utf8'), source)) {
  if (a.genre === 'news' || !a.entities) continue;
  const seen = new Set<string>();
  const add = (start: number, end: number, type: string, rule?: string) => {
    const label = classes.indexOf(goldTypeOf(type));
    if (label < 0 || seen.has(`${start}:${end}`)) return;
    seen.add(`${start}:${end}`);
    examples.push({ features: typerFeatures(a.text, start, end, rule), label });
  };
  // The extractor's own spans, labelled by the GUM mention they align to: what the typer will see in use.
  const mentions = extractFacts({ id: a.id, text: a.text }, { typer: false }).mentions;
  for (const p of alignMentions(a.text, mentions, a.entities)) {
    const m = mentions[p.predicted]!;
    add(m.start, m.end, a.entities[p.gold]!.type, gumTypeOf(m.kind));
  }
  // And GUM's own names (a capitalised head, a few words, no clause), for more of them than we find.
  for (const g of a.entities) {
    const span = a.text.slice(g.span[0], g.span[1]);
    const head = a.text.slice(...headRange(a.text, g.span));
    if (CAPITAL.test(head) && span.split(' ').length <= 6 && !/[,(]/.test(span)) add(g.span[0], g.span[1], g.type);
  }
}

const model = trainTyper(classes, examples);
writeFileSync(out, JSON.stringify(model) + '\n');
const counts = classes.map((c, i) => `${c} ${examples.filter((e) => e.label === i).length}`).join(', ');
console.log(`entity typer: ${examples.length} examples (${counts}), ${Object.keys(model.weights).length} features`);

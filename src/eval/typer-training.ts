import type { TyperModel } from '../extract';
import { extractFacts, TYPER_CLASSES, typerFeatures } from '../extract';
import { alignMentions, goldTypeOf, gumTypeOf, headRange } from './entity-alignment';
import type { GoldArticle } from './gold';
import type { TyperExample } from './train-typer';
import { trainTyper } from './train-typer';

const CAPITAL = /^\p{Lu}/u;

/**
 * One annotated article's typer examples: the extractor's own name spans (typed by its rules, without the
 * typer) labelled by the GUM mention they align to, which is what the typer sees in use; and GUM's own names
 * (a capitalised head, six words at most, no clause), for more names than we find.
 */
export function typerExamples(a: GoldArticle): TyperExample[] {
  const classes: readonly string[] = TYPER_CLASSES;
  const out: TyperExample[] = [];
  if (!a.entities) return out;
  const seen = new Set<string>();
  const add = (start: number, end: number, type: string, rule?: string) => {
    const label = classes.indexOf(goldTypeOf(type));
    if (label < 0 || seen.has(`${start}:${end}`)) return;
    seen.add(`${start}:${end}`);
    out.push({ features: typerFeatures(a.text, start, end, rule), label });
  };
  const mentions = extractFacts({ id: a.id, text: a.text }, { typer: false }).mentions;
  for (const p of alignMentions(a.text, mentions, a.entities)) {
    const m = mentions[p.predicted]!;
    add(m.start, m.end, a.entities[p.gold]!.type, gumTypeOf(m.kind));
  }
  for (const g of a.entities) {
    const span = a.text.slice(g.span[0], g.span[1]);
    const head = a.text.slice(...headRange(a.text, g.span));
    if (CAPITAL.test(head) && span.split(' ').length <= 6 && !/[,(]/.test(span)) add(g.span[0], g.span[1], g.type);
  }
  return out;
}

/** The typer trained on annotated articles (their examples in article order, so the same data, the same model). */
export function typerFrom(examples: ReadonlyMap<string, readonly TyperExample[]>, without?: string): TyperModel {
  const all = [...examples].flatMap(([id, ex]) => (id === without ? [] : ex));
  return trainTyper(TYPER_CLASSES, all);
}

/**
 * Held-out typers for scoring on the articles the shipped typer learned from: for each article, a typer
 * trained on all the others (leave one document out). `foldTyper(id)` is undefined for an article the
 * annotated set does not hold, which the shipped typer never saw.
 */
export function typerFolds(articles: readonly GoldArticle[]): (id: string) => TyperModel | undefined {
  const examples = new Map(articles.filter((a) => a.entities).map((a) => [a.id, typerExamples(a)]));
  const cache = new Map<string, TyperModel>();
  return (id) => {
    if (!examples.has(id)) return undefined;
    let model = cache.get(id);
    if (!model) cache.set(id, (model = typerFrom(examples, id)));
    return model;
  };
}

import type { EntityMention } from '../extract';
import { MENTION_KINDS, pronounForms, subjectPronoun } from '../extract';
import type { CorefCounts } from './coreference-scores';
import { addCoref, corefScores, emptyCoref } from './coreference-scores';
import { alignMentions, goldTypeOf, gumTypeOf, SCORED_TYPES } from './entity-alignment';
import type { GoldType, ScoredType } from './entity-alignment';
import type { GoldArticle } from './gold';

/** Rows of the confusion table: the gold type, or "none" for a predicted mention GUM has no mention for. */
export const CONFUSION_ROWS = [...SCORED_TYPES, 'other', 'none'] as const;
/** Columns: our mention kind, or "none" for a gold mention we did not find. */
export const CONFUSION_COLUMNS = [...MENTION_KINDS, 'none'] as const;
type Row = (typeof CONFUSION_ROWS)[number];
type Column = (typeof CONFUSION_COLUMNS)[number];

export interface EntityScores {
  documents: number;
  /** Predicted mentions typed person, organisation/outlet or place; gold mentions of the three types. */
  predicted: number;
  gold: number;
  /** Predicted mentions of the three types aligned to gold mentions of the three types, exactly or by head. */
  matched: number;
  matchedExact: number;
  /** Per gold type: aligned mentions, and how many of those we typed the same. */
  typed: Record<ScoredType, { matched: number; correct: number }>;
  confusion: Record<Row, Record<Column, number>>;
  coref: CorefCounts;
  /** The same without pronouns: the figure comparable with an extractor that lists no pronoun mentions. */
  corefNoPronouns: CorefCounts;
}

/** Pronoun mentions, which the "without pronouns" score leaves out: third-person forms, and "I", "we", "you". */
const PRONOUNS: ReadonlySet<string> = new Set([
  ...(['he', 'she', 'it', 'they'] as const).flatMap(pronounForms),
  ...(['i', 'we', 'you'] as const).map(subjectPronoun),
]);

export function emptyEntityScores(): EntityScores {
  const row = () => Object.fromEntries(CONFUSION_COLUMNS.map((c) => [c, 0])) as Record<Column, number>;
  return {
    documents: 0,
    predicted: 0,
    gold: 0,
    matched: 0,
    matchedExact: 0,
    typed: {
      person: { matched: 0, correct: 0 },
      organization: { matched: 0, correct: 0 },
      place: { matched: 0, correct: 0 },
    },
    confusion: Object.fromEntries(CONFUSION_ROWS.map((r) => [r, row()])) as EntityScores['confusion'],
    coref: emptyCoref(),
    corefNoPronouns: emptyCoref(),
  };
}

const scored = (t: GoldType | 'other'): t is ScoredType => t !== 'other';

/**
 * Scores one document's predicted mentions against its GUM mentions. Coreference is scored on the mentions
 * both sides have: aligned pairs whose gold type is one of the three, gold group against our entity key.
 */
export function scoreEntities(into: EntityScores, article: GoldArticle, predicted: readonly EntityMention[]) {
  const gold = article.entities ?? [];
  const pairs = alignMentions(article.text, predicted, gold);
  const goldAligned = new Map(pairs.map((p) => [p.gold, p]));
  const predAligned = new Set(pairs.map((p) => p.predicted));
  into.documents++;
  into.predicted += predicted.filter((m) => scored(gumTypeOf(m.kind))).length;
  into.gold += gold.filter((g) => scored(goldTypeOf(g.type))).length;
  const key: string[] = [];
  const response: string[] = [];
  const named: { key: string[]; response: string[] } = { key: [], response: [] };
  for (const p of pairs) {
    const g = gold[p.gold]!;
    const m = predicted[p.predicted]!;
    const gt = goldTypeOf(g.type);
    into.confusion[gt][m.kind]++;
    if (!scored(gt)) continue;
    key.push(g.group);
    response.push(m.key);
    if (!PRONOUNS.has(m.text.trim().toLowerCase())) {
      named.key.push(g.group);
      named.response.push(m.key);
    }
    if (!scored(gumTypeOf(m.kind))) continue;
    into.matched++;
    if (p.how === 'exact') into.matchedExact++;
    into.typed[gt].matched++;
    if (gumTypeOf(m.kind) === gt) into.typed[gt].correct++;
  }
  predicted.forEach((m, i) => {
    if (!predAligned.has(i)) into.confusion.none[m.kind]++;
  });
  gold.forEach((g, i) => {
    if (!goldAligned.has(i)) into.confusion[goldTypeOf(g.type)].none++;
  });
  addCoref(into.coref, key, response);
  addCoref(into.corefNoPronouns, named.key, named.response);
  return into;
}

export function addEntityScores(into: EntityScores, add: EntityScores): EntityScores {
  into.documents += add.documents;
  into.predicted += add.predicted;
  into.gold += add.gold;
  into.matched += add.matched;
  into.matchedExact += add.matchedExact;
  for (const t of SCORED_TYPES) {
    into.typed[t].matched += add.typed[t].matched;
    into.typed[t].correct += add.typed[t].correct;
  }
  for (const r of CONFUSION_ROWS) for (const c of CONFUSION_COLUMNS) into.confusion[r][c] += add.confusion[r][c];
  for (const [c, a] of [
    [into.coref, add.coref],
    [into.corefNoPronouns, add.corefNoPronouns],
  ] as const)
    for (const k of Object.keys(c) as (keyof CorefCounts)[]) c[k] += a[k];
  return into;
}

/** The headline figures of a set, as `--json` prints them. */
export function entitySummary(s: EntityScores) {
  const p = s.predicted ? s.matched / s.predicted : 0;
  const r = s.gold ? s.matched / s.gold : 0;
  const typedAll = SCORED_TYPES.reduce((n, t) => n + s.typed[t].matched, 0);
  const correctAll = SCORED_TYPES.reduce((n, t) => n + s.typed[t].correct, 0);
  const accuracy = (m: { matched: number; correct: number }) => (m.matched ? m.correct / m.matched : 0);
  return {
    documents: s.documents,
    mentions: { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, predicted: s.predicted, gold: s.gold, matched: s.matched },
    exactShare: s.matched ? s.matchedExact / s.matched : 0,
    typingAccuracy: typedAll ? correctAll / typedAll : 0,
    typingByType: Object.fromEntries(SCORED_TYPES.map((t) => [t, accuracy(s.typed[t])])) as Record<ScoredType, number>,
    coreference: { ...corefScores(s.coref), mentions: s.coref.mentions },
    coreferenceWithoutPronouns: { ...corefScores(s.corefNoPronouns), mentions: s.corefNoPronouns.mentions },
    confusion: s.confusion,
  };
}

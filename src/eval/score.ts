import type { Attribution } from '../extract';
import type { GoldArticle, GoldAttribution, Range } from './gold';

export const FIELDS = ['source', 'cue', 'content'] as const;
export type Field = (typeof FIELDS)[number];
export const MODES = ['exact', 'overlap'] as const;
export type Mode = (typeof MODES)[number];

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export type Scores = Record<Field, Record<Mode, Counts>>;

/** A predicted relation as scored: coordinated sources of one cue and content are one relation. */
export interface Predicted {
  source: Range[];
  cue: Range;
  content: Range;
  confidence: number;
}

export function emptyScores(): Scores {
  const c = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });
  return {
    source: { exact: c(), overlap: c() },
    cue: { exact: c(), overlap: c() },
    content: { exact: c(), overlap: c() },
  };
}

/** "Both A and B reported": the annotation has one relation with a coordinated source, so predictions merge too. */
export function groupPredictions(attributions: readonly Attribution[]): Predicted[] {
  const groups = new Map<string, Predicted>();
  for (const a of attributions) {
    const key = `${a.cue.start}:${a.cue.end}:${a.content.start}:${a.content.end}`;
    const g = groups.get(key);
    const src: Range[] = a.source ? [[a.source.start, a.source.end]] : [];
    if (g) {
      g.source.push(...src);
      g.confidence = Math.max(g.confidence, a.confidence);
    } else {
      groups.set(key, {
        source: src,
        cue: [a.cue.start, a.cue.end],
        content: [a.content.start, a.content.end],
        confidence: a.confidence,
      });
    }
  }
  return [...groups.values()];
}

const overlaps = (a: Range, b: Range) => a[0] < b[1] && b[0] < a[1];
const same = (a: Range, b: Range) => a[0] === b[0] && a[1] === b[1];
const hull = (rs: Range[]): Range | null =>
  rs.length ? [Math.min(...rs.map((r) => r[0])), Math.max(...rs.map((r) => r[1]))] : null;

function tokens(text: string, r: Range): Set<string> {
  return new Set(
    text
      .slice(r[0], r[1])
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Does prediction p match gold g on one field? Exact: same span (the hull or one fragment); overlap: see README. */
export function matches(text: string, p: Predicted, g: GoldAttribution, field: Field, mode: Mode): boolean {
  if (field === 'source') {
    if (!g.source || p.source.length === 0) return false;
    if (mode === 'exact') {
      const h = hull(p.source)!;
      return same(h, g.source) || g.sourceFragments.some((f) => p.source.some((s) => same(s, f)));
    }
    return g.sourceFragments.some((f) => p.source.some((s) => overlaps(s, f)));
  }
  if (field === 'cue') {
    if (!g.cue) return false;
    if (mode === 'exact') return same(p.cue, g.cue) || g.cueFragments.some((f) => same(p.cue, f));
    return g.cueFragments.some((f) => overlaps(p.cue, f));
  }
  if (mode === 'exact') return same(p.content, g.content);
  return jaccard(tokens(text, p.content), tokens(text, g.content)) >= 0.5;
}

export interface ArticleScore {
  scores: Scores;
  /** Per prediction: its confidence and whether its source matched (overlap), for the reliability table. */
  outcomes: { confidence: number; correct: boolean }[];
}

/** One-to-one greedy matching per field and mode, gold in text order. */
export function scoreArticle(gold: GoldArticle, attributions: readonly Attribution[]): ArticleScore {
  const preds = groupPredictions(attributions);
  const scores = emptyScores();
  let sourceHits: boolean[] = [];
  for (const field of FIELDS) {
    for (const mode of MODES) {
      const relevant = gold.attributions.filter((g) =>
        field === 'source' ? g.source : field === 'cue' ? g.cue : true,
      );
      const candidates = field === 'source' ? preds.filter((p) => p.source.length > 0) : preds;
      const used = new Array<boolean>(candidates.length).fill(false);
      let tp = 0;
      for (const g of relevant) {
        const k = candidates.findIndex((p, i) => !used[i] && matches(gold.text, p, g, field, mode));
        if (k >= 0) {
          used[k] = true;
          tp++;
        }
      }
      scores[field][mode] = { tp, predicted: candidates.length, gold: relevant.length };
      if (field === 'source' && mode === 'overlap') sourceHits = candidates.map((_, i) => used[i]!);
    }
  }
  const withSource = preds.filter((p) => p.source.length > 0);
  return {
    scores,
    outcomes: withSource.map((p, i) => ({ confidence: p.confidence, correct: sourceHits[i] ?? false })),
  };
}

export function addScores(into: Scores, add: Scores): Scores {
  for (const f of FIELDS)
    for (const m of MODES) {
      into[f][m].tp += add[f][m].tp;
      into[f][m].predicted += add[f][m].predicted;
      into[f][m].gold += add[f][m].gold;
    }
  return into;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

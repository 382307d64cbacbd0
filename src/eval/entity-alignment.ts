import type { EntityMention } from '../extract';
import type { GoldEntity, Range } from './gold';

/** GUM's types we score; every other GUM type (abstract, event, object, …) is "other". */
export const SCORED_TYPES = ['person', 'organization', 'place'] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];
export type GoldType = ScoredType | 'other';

/**
 * Our mention kinds as GUM types: an outlet is an organisation to GUM (Wikinews annotates "the BBC" as
 * one); a document is none of the three. Anonymous sources keep their kind ("officials" is a person to
 * GUM too).
 */
export function gumTypeOf(kind: EntityMention['kind']): ScoredType | 'other' {
  if (kind === 'person' || kind === 'place') return kind;
  if (kind === 'organization' || kind === 'outlet') return 'organization';
  return 'other';
}

export const goldTypeOf = (type: string): GoldType =>
  (SCORED_TYPES as readonly string[]).includes(type) ? (type as ScoredType) : 'other';

// Words that end a noun phrase's head and start its post-modifier: "the mayor [of] Calvera", "a man [who] …".
const POST_MODIFIER = /^(of|in|at|on|from|for|with|by|to|who|whom|whose|which|that|where|when|,|\(|-|–|—|and|or)$/i;
const WORD = /[^\s]+/g;

/** The character range of a mention's head word: the last word before any post-modifier, without "'s". */
export function headRange(text: string, span: Range): Range {
  let head: Range | null = null;
  WORD.lastIndex = span[0];
  for (let m = WORD.exec(text); m && m.index < span[1]; m = WORD.exec(text)) {
    // GUM's text is tokenised: "Trump 's", "( capital city …". A post-modifier word after a head ends it.
    if (POST_MODIFIER.test(m[0]) && head) break;
    if (m[0] === "'s" || m[0] === "'" || m[0] === '’s') continue;
    head = [m.index, Math.min(m.index + m[0].length, span[1])];
  }
  return head ?? span;
}

const within = (inner: Range, outer: Range) => inner[0] >= outer[0] && inner[1] <= outer[1];

/** One aligned pair: a predicted mention and the gold mention it stands for, and how they met. */
export interface AlignedPair {
  predicted: number;
  gold: number;
  how: 'exact' | 'head';
}

/**
 * One-to-one alignment of predicted to gold mentions: exact spans first, then heads — the gold head word
 * lies inside the predicted span and the predicted head inside the gold span ("President Ana Ruiz" meets
 * "Ana Ruiz", but "U.S. President Ana Ruiz" does not meet the nested "U.S."). Among head candidates the
 * scored types come first, then the shortest gold span (the most specific nested mention).
 */
export function alignMentions(text: string, predicted: readonly EntityMention[], gold: readonly GoldEntity[]) {
  const pairs: AlignedPair[] = [];
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const byExact = new Map<string, number[]>();
  gold.forEach((g, i) => {
    const k = `${g.span[0]}:${g.span[1]}`;
    byExact.set(k, [...(byExact.get(k) ?? []), i]);
  });
  predicted.forEach((p, i) => {
    const cands = byExact.get(`${p.start}:${p.end}`) ?? [];
    const g = [...cands].sort((a, b) => rank(gold[a]!) - rank(gold[b]!)).find((c) => !goldUsed.has(c));
    if (g === undefined) return;
    pairs.push({ predicted: i, gold: g, how: 'exact' });
    goldUsed.add(g);
    predUsed.add(i);
  });
  const goldHeads = gold.map((g) => headRange(text, g.span));
  predicted.forEach((p, i) => {
    if (predUsed.has(i)) return;
    const span: Range = [p.start, p.end];
    const pHead = headRange(text, span);
    let best = -1;
    gold.forEach((g, k) => {
      if (goldUsed.has(k) || !within(goldHeads[k]!, span) || !within(pHead, g.span)) return;
      const b = gold[best];
      if (!b || rank(g) < rank(b) || (rank(g) === rank(b) && length(g) < length(b))) best = k;
    });
    if (best < 0) return;
    pairs.push({ predicted: i, gold: best, how: 'head' });
    goldUsed.add(best);
  });
  return pairs.sort((a, b) => a.predicted - b.predicted);
}

const rank = (g: GoldEntity) => (goldTypeOf(g.type) === 'other' ? 1 : 0);
const length = (g: GoldEntity) => g.span[1] - g.span[0];

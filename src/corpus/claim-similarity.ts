import { claimTokens } from '../util/claim-tokens';

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'deny', 'deni', 'without']);
// Below this many content words, containment says little ("review routine" sits inside many claims).
const MIN_CONTAINED = 3;

/** A claim's content words as a list and a set, built once: the index compares each claim many times. */
export interface TokenBag {
  readonly list: readonly string[];
  readonly set: ReadonlySet<string>;
  /** Whether the claim is negated ("not", "never", "denied"). */
  readonly negated: boolean;
  /** The words as interned numbers, ascending: counting shared words is then a merge, not hashing. */
  readonly ids: Int32Array;
}

// Interned once per process; a word keeps its number, so bags built at any time compare correctly.
const tokenIds = new Map<string, number>();

function internAll(words: readonly string[]): Int32Array {
  const ids = new Int32Array(words.length);
  words.forEach((w, i) => {
    let id = tokenIds.get(w);
    if (id === undefined) tokenIds.set(w, (id = tokenIds.size));
    ids[i] = id;
  });
  return ids.sort();
}

export function tokenBag(tokens: readonly string[]): TokenBag {
  const set = new Set(tokens);
  const list = [...set];
  return { list, set, negated: tokens.some((t) => NEGATIONS.has(t)), ids: internAll(list) };
}

/** The bag of a claim text: `tokenBag(claimTokens(text))`. */
export const claimBag = (text: string): TokenBag => tokenBag(claimTokens(text));

/** |A∩B|, by walking both ascending id lists together (the clustering's innermost loop). */
function shared(a: TokenBag, b: TokenBag): number {
  const x = a.ids;
  const y = b.ids;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < x.length && j < y.length) {
    const d = x[i]! - y[j]!;
    if (d === 0) n++;
    if (d <= 0) i++;
    if (d >= 0) j++;
  }
  return n;
}

/** |A∩B| / |A∪B| over content words. */
export function jaccard(a: TokenBag, b: TokenBag): number {
  if (a.list.length === 0 || b.list.length === 0) return 0;
  const n = shared(a, b);
  return n / (a.list.length + b.list.length - n);
}

/** |A∩B| / √(|A|·|B|): cosine of binary word vectors. Forgives one text being a trimmed version of the other. */
export function binaryCosine(a: TokenBag, b: TokenBag): number {
  if (a.list.length === 0 || b.list.length === 0) return 0;
  return shared(a, b) / Math.sqrt(a.list.length * b.list.length);
}

/** |A∩B| / min(|A|,|B|): containment. Forgives truncation fully, and over-merges short claims. */
export function containment(a: TokenBag, b: TokenBag): number {
  if (a.list.length === 0 || b.list.length === 0) return 0;
  return shared(a, b) / Math.min(a.list.length, b.list.length);
}

/** Word bigrams (of content words), for shingle-based measures. */
export function bigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < tokens.length; i++) out.push(`${tokens[i - 1]} ${tokens[i]}`);
  return out;
}

/**
 * Containment with two guards: a claim and its negation are never one claim, and claims too short
 * for containment to mean anything are compared by Jaccard instead.
 */
export function guardedContainment(a: TokenBag, b: TokenBag): number {
  if (a.negated !== b.negated) return 0;
  return Math.min(a.list.length, b.list.length) < MIN_CONTAINED ? jaccard(a, b) : containment(a, b);
}

/**
 * The measure and threshold the clustering uses, chosen on the labelled pairs in `src/test-support/claim-pairs.ts`:
 * `npx tsx src/bench/claim-threshold.ts` prints the sweep. Picked for the best F1 among thresholds
 * with precision ≥ 95%, because merging two different claims hides one, while a missed merge only
 * shows a claim twice. On the 74 pairs: guarded containment at 0.75 gives P 97.3% R 100% (F1 98.6);
 * the best plain alternatives were containment 0.80 (P 97.1 R 94.4), word cosine 0.75 (P 97.0 R 88.9),
 * word Jaccard 0.60 (P 96.9 R 86.1); character 4-grams never reached 95% precision with useful recall.
 */
export const CLAIM_SIMILARITY = guardedContainment;
export const CLAIM_THRESHOLD = 0.75;

/** Whether two claim texts are one claim in different words, by the chosen measure and threshold. */
export function sameClaim(a: string, b: string): boolean {
  return CLAIM_SIMILARITY(claimBag(a), claimBag(b)) >= CLAIM_THRESHOLD;
}

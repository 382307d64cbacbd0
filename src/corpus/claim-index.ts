import type { TokenBag } from './claim-similarity';
import { claimBag, CLAIM_SIMILARITY, CLAIM_THRESHOLD } from './claim-similarity';

// 20 bands of 2 MinHashes: a pair with word Jaccard 0.3 becomes a candidate with probability 0.85,
// at 0.5 with 0.997; candidates are then checked with the real measure, so false candidates cost time only.
const BANDS = 20;
const ROWS = 2;
const HASHES = BANDS * ROWS;
// A bucket of common words could grow with the corpus; scanning a bounded head keeps insertion O(1).
const MAX_BUCKET_SCAN = 32;
const GOOD_ENOUGH = 0.95;

const SEEDS = Array.from({ length: HASHES }, (_, i) => [
  Math.imul(i + 1, 0x9e3779b1) | 1,
  Math.imul(i + 7, 0x85ebca6b),
]);

function hashToken(token: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function signature(tokens: readonly string[]): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const token of tokens) {
    const x = hashToken(token);
    for (let i = 0; i < HASHES; i++) {
      const [a, b] = SEEDS[i]!;
      const h = (Math.imul(a!, x) + b!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

function bandKeys(sig: Uint32Array): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${sig[b * ROWS]}:${sig[b * ROWS + 1]}`);
  return keys;
}

/**
 * Leader clustering of claims: each claim joins the most similar existing representative at or above
 * the threshold, or becomes a representative itself. MinHash LSH finds the candidates, so adding a
 * claim costs about the same with 100 claims as with 100,000. Deterministic for a given order.
 */
export class ClaimIndex {
  // Representatives by number: buckets, bags and the per-claim "seen" marks are then flat arrays.
  private readonly buckets = new Map<string, number[]>();
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly bags: TokenBag[] = [];
  private readonly seenAt: number[] = [];
  private visit = 0;

  get size(): number {
    return this.keys.length;
  }

  has(key: string): boolean {
    return this.ids.has(key);
  }

  /** The representative `text` belongs to, or undefined when it starts a cluster of its own (now indexed). */
  assign(key: string, text: string, isLive: (rep: string) => boolean = () => true): string | undefined {
    if (this.ids.has(key)) return undefined;
    const bag = claimBag(text);
    const keys = bandKeys(signature(bag.list));
    const best = this.bestRep(bag, keys, isLive);
    if (best !== undefined) return best;
    const id = this.keys.length;
    this.ids.set(key, id);
    this.keys.push(key);
    this.bags.push(bag);
    this.seenAt.push(0);
    for (const band of keys) {
      const bucket = this.buckets.get(band);
      if (bucket) bucket.push(id);
      else this.buckets.set(band, [id]);
    }
    return undefined;
  }

  /** The first most similar live representative at or above the threshold, scanning bands in order. */
  private bestRep(bag: TokenBag, keys: readonly string[], isLive: (rep: string) => boolean): string | undefined {
    const visit = ++this.visit;
    let best: string | undefined;
    let bestScore = CLAIM_THRESHOLD;
    for (const band of keys) {
      const bucket = this.buckets.get(band);
      const end = bucket ? Math.min(bucket.length, MAX_BUCKET_SCAN) : 0;
      for (let i = 0; i < end; i++) {
        const rep = bucket![i]!;
        if (this.seenAt[rep] === visit) continue;
        this.seenAt[rep] = visit;
        const score = CLAIM_SIMILARITY(bag, this.bags[rep]!);
        if (score > bestScore || (score === bestScore && best === undefined)) {
          const repKey = this.keys[rep]!;
          if (isLive(repKey)) {
            best = repKey;
            bestScore = score;
          }
        }
      }
      // A near-identical representative will not be beaten: stop looking.
      if (bestScore >= GOOD_ENOUGH) break;
    }
    return best;
  }
}

import { claimTokens } from '../util/claim-tokens';
import type { Discourse } from './discourse';
import type { Entity } from './entities';
import type { FactSink } from './fact-sink';
import { normaliseName as fold } from './gazetteer';
import type { FactRelation } from './types';

/**
 * What a stance is taken toward, when the stance names it by its owner ("rejected the Courier's account") or by
 * repeating it ("denied that the refinery would close", after "Reuters reported the refinery would close in
 * May"): the entity whose report it is, and the earlier claims it echoes.
 */

/**
 * The entity a report's owner names, most recent first: "the Courier's" → The Coastal Courier (a name ends
 * with it), "Marsh's" → Theo Marsh (surname), "the auditor's" → the state auditor (head noun or role).
 */
export function ownerEntity(owner: string, latest: (pred: (e: Entity) => boolean) => Entity | undefined) {
  const name = fold(owner);
  if (!name) return undefined;
  const names = (e: Entity): string[] => [e.label, ...e.aliases].map(fold);
  return latest((e) => {
    if (names(e).some((n) => n === name || n.endsWith(` ${name}`))) return true;
    if (e.kind === 'person' && !e.anonymous && e.nameWords.at(-1) === name) return true;
    return !name.includes(' ') && (e.head === name || (e.role !== undefined && fold(e.role).endsWith(name)));
  });
}

/** The outlet "From the Courier's story:" names, else the outlet named last other than the publisher. */
export function quotedOutlet(
  resolver: { latest: (pred: (e: Entity) => boolean) => Entity | undefined; publisherKey: string },
  owner: string | undefined,
): Entity | undefined {
  const latestOutlet = (pred: (e: Entity) => boolean) =>
    resolver.latest((e) => e.kind === 'outlet' && e.key !== resolver.publisherKey && pred(e));
  return (owner && ownerEntity(owner, latestOutlet)) || latestOutlet(() => true);
}

/** The claims `by` asserts in the article so far (what "rejected Marsh's claims" disputes when Marsh is no outlet). */
export function claimsAssertedBy(relations: readonly FactRelation[], by: string): string[] {
  return [...new Set(relations.filter((r) => r.kind === 'asserts' && r.source === by).map((r) => r.target))];
}

// A denial repeats what it denies in fewer words: most of its content words, and at least two, are the claim's.
const MIN_SHARED = 2;
const MIN_COVERED = 0.6;
const NEGATION = /\b(?:not|never|no|neither|nor|none|nothing)\b|n['\u2019]t\b/i;

/** A claim's words and whether it is negated, worked out once per claim. */
interface ClaimWords {
  words: ReadonlySet<string>;
  negated: boolean;
}
const wordsOfClaims = new WeakMap<ReadonlyMap<string, string>, Map<string, ClaimWords>>();
function claimWords(claims: ReadonlyMap<string, string>, key: string, text: string): ClaimWords {
  let cache = wordsOfClaims.get(claims);
  if (!cache) wordsOfClaims.set(claims, (cache = new Map()));
  let words = cache.get(key);
  if (!words) cache.set(key, (words = { words: new Set(claimTokens(text)), negated: NEGATION.test(text) }));
  return words;
}

// A reply answers what was reported just before it: the latest claims, not the whole article (which would make
// a long article's extraction quadratic).
const RECENT_CLAIMS = 40;

/**
 * The latest claims of others that a content repeats: those holding at least 60 % of its content words, two at
 * least. A denial disputes what it repeats ("Pellam Oil denied that the refinery would close" after "the Harlow
 * refinery would close in May"); an assertion only what it repeats negated, or negates ("said it had never
 * dumped waste" after "had dumped waste into the river").
 */
export function echoedClaims(
  sink: Pick<FactSink, 'claims' | 'claimOrder' | 'relations'>,
  content: string,
  except: string,
  by: Entity,
  stance: 'asserts' | 'disputes',
): string[] {
  const negated = NEGATION.test(content);
  const order = sink.claimOrder;
  const candidates: [string, ClaimWords][] = [];
  for (let i = order.length - 1; i >= Math.max(0, order.length - RECENT_CLAIMS); i--) {
    const key = order[i]!;
    const text = sink.claims.get(key);
    if (text === undefined || key === except) continue;
    const claim = claimWords(sink.claims, key, text);
    if (stance === 'disputes' || claim.negated !== negated) candidates.push([key, claim]);
  }
  // Most assertions have no claim of the other polarity near them: no need to read their words.
  if (candidates.length === 0) return [];
  const denied = claimTokens(content);
  if (denied.length < MIN_SHARED) return [];
  const out: string[] = [];
  for (const [key, claim] of candidates) {
    const shared = denied.filter((w) => claim.words.has(w)).length;
    if (shared < MIN_SHARED || shared / denied.length < MIN_COVERED) continue;
    // One's own claim is not disputed by saying it again.
    if (!sink.relations.some((r) => r.kind === 'asserts' && r.source === by.key && r.target === key)) out.push(key);
  }
  return out;
}

/**
 * Disputes of the claims a reference points back to, and of the outlets that reported them ("these claims were
 * played down by …"); of a person's own claims when the reference names a person ("rejected Marsh's claims").
 */
export function disputeReferred(
  sink: FactSink,
  discourse: Discourse,
  by: Entity,
  reporter: Entity,
  block: number,
  plural: boolean,
  ev: { start: number; end: number; cue: string; confidence: number },
): void {
  const { claims: referred, reporters } =
    reporter.kind === 'person'
      ? { claims: claimsAssertedBy(sink.relations, reporter.key), reporters: [] }
      : discourse.referredClaims(reporter, block, plural);
  for (const target of [...reporters, ...referred.filter((c) => sink.claims.has(c))])
    if (target !== by.key) sink.relations.push({ kind: 'disputes', source: by.key, target, ...ev });
}

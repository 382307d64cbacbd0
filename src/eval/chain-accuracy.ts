import { buildCorpusGraph } from '../corpus';
import type { ExtractOptions } from '../extract';
import type { NodeKind, SourcetraceGraph } from '../model';
import type { ClaimPaths, PathNode } from '../query';
import { claimPaths, findClaims } from '../query';
import type { Construction, ExpectedClaim, ExpectedNode } from './chain-manifest';
import { CONSTRUCTIONS } from './chain-manifest';
import type { ChainSet, ChainSetArticle } from './chain-set-files';

/** Which parts of an expected chain one path of a found claim has right. */
export interface ChainVerdict {
  outlets: boolean;
  primary: boolean;
  disputers: boolean;
}

/** The found claim and path closest to the expected chain. */
export interface ChainCandidate {
  claimText: string;
  /** Empty when the claim has no path. */
  path: PathNode[];
  disputedBy: string[];
  verdict: ChainVerdict;
}

export interface ChainOutcome {
  file: string;
  expected: ExpectedClaim;
  right: boolean;
  /** How many claims of the article contain the fragment. */
  found: number;
  /** Null when no claim contains the fragment. */
  best: ChainCandidate | null;
}

export interface ChainTally {
  right: number;
  total: number;
}

export interface ChainReport {
  set: string;
  articles: number;
  overall: ChainTally;
  byConstruction: Record<Construction, ChainTally>;
  outcomes: ChainOutcome[];
}

/** Case, curly quotes, spacing and a leading article do not tell two names apart ("The Post" = "post"). */
export function comparableName(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

interface NamedNode {
  kind: NodeKind;
  names: readonly string[];
}

function matches(node: NamedNode, expected: ExpectedNode): boolean {
  if (expected.kind && node.kind !== expected.kind) return false;
  const wanted = new Set([expected.label, ...(expected.also ?? [])].map(comparableName));
  return node.names.some((n) => wanted.has(comparableName(n)));
}

const named = (n: PathNode): NamedNode => ({ kind: n.kind, names: [n.label, ...n.aliases] });

/** The outlets a path passes, in order; an outlet met twice in a row ("reviewed by" its own publisher) once. */
function outletsOf(path: readonly PathNode[]): PathNode[] {
  const outlets = path.filter((n) => n.kind === 'outlet');
  return outlets.filter((n, i) => i === 0 || outlets[i - 1]!.key !== n.key);
}

/**
 * Judges one path of a claim: its outlets are exactly the expected ones in order (the publisher first), it
 * ends at the expected primary source, and every expected disputer disputes the claim.
 */
export function judgePath(
  expected: ExpectedClaim,
  path: readonly PathNode[],
  disputers: readonly NamedNode[],
): ChainVerdict {
  const outlets = outletsOf(path);
  const last = path[path.length - 1];
  return {
    outlets:
      outlets.length === expected.outlets.length &&
      outlets.every((n, i) => matches(named(n), { label: expected.outlets[i]!, kind: 'outlet' })),
    primary: last !== undefined && matches(named(last), expected.primary),
    disputers: expected.disputers.every((d) => disputers.some((n) => matches(n, d))),
  };
}

const weight = (v: ChainVerdict) => (v.outlets ? 2 : 0) + (v.primary ? 2 : 0) + (v.disputers ? 1 : 0);
const isRight = (v: ChainVerdict) => v.outlets && v.primary && v.disputers;

function candidates(graph: SourcetraceGraph, expected: ExpectedClaim, claim: ClaimPaths): ChainCandidate[] {
  const disputers = claim.disputedBy.map((d) => ({
    kind: d.kind,
    names: [d.label, ...graph.getNodeAttribute(d.key, 'aliases')],
  }));
  const base = { claimText: claim.text, disputedBy: claim.disputedBy.map((d) => d.label) };
  const paths = claim.paths.length ? claim.paths : [[]];
  return paths.map((path) => ({ ...base, path, verdict: judgePath(expected, path, disputers) }));
}

function scoreClaim(graph: SourcetraceGraph, file: string, expected: ExpectedClaim): ChainOutcome {
  const found = findClaims(graph, expected.claim).map((key) => claimPaths(graph, key));
  let best: ChainCandidate | null = null;
  for (const c of found.flatMap((claim) => candidates(graph, expected, claim)))
    if (!best || weight(c.verdict) > weight(best.verdict)) best = c;
  return { file, expected, right: best !== null && isRight(best.verdict), found: found.length, best };
}

function scoreArticle(article: ChainSetArticle, options: ExtractOptions): ChainOutcome[] {
  const { graph } = buildCorpusGraph([article.input], options);
  return article.claims.map((expected) => scoreClaim(graph, article.file, expected));
}

/**
 * Chain accuracy of a chain set: each article is built on its own with the corpus builder, and an expected
 * claim is right when some claim containing its fragment has a path that passes the expected outlets in
 * order, ends at the expected primary source, and is disputed by every expected disputer.
 */
export function scoreChainSet(set: ChainSet, options: ExtractOptions = {}): ChainReport {
  const outcomes = set.articles.flatMap((a) => scoreArticle(a, options));
  const tally = (of: readonly ChainOutcome[]): ChainTally => ({
    right: of.filter((o) => o.right).length,
    total: of.length,
  });
  const byConstruction = Object.fromEntries(
    CONSTRUCTIONS.map((c) => [c, tally(outcomes.filter((o) => o.expected.tests.includes(c)))]),
  ) as Record<Construction, ChainTally>;
  return { set: set.name, articles: set.articles.length, overall: tally(outcomes), byConstruction, outcomes };
}

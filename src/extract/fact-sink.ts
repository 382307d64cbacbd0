import { hashText } from '../model';
import type { Discourse, QuotedFrame } from './discourse';
import { frameAttribution } from './discourse';
import { foldText } from './nlp';
import type { Attribution, FactRelation } from './types';

export function normaliseClaim(text: string): string {
  return foldText(text)
    .replace(/["\u201c\u201d.,;:!?()\u2014\u2013-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A claim's node key: its normalised text, hashed (one node however many say it). */
const claimKey = (content: string): string => `claim:${hashText(normaliseClaim(content))}`;

/** What an article's extraction has found so far: its attributions, claims and relations. */
export class FactSink {
  readonly relations: FactRelation[] = [];
  /** Claim key → the claim's text as first stated. */
  readonly claims = new Map<string, string>();
  /** Claim keys in the order first stated (a claim unclaimed since stays listed), for the latest few. */
  readonly claimOrder: string[] = [];
  readonly attributions: Attribution[] = [];

  constructor(
    private readonly text: string,
    private readonly articleKey: string,
  ) {}

  /** The claim a content states, keyed by its normalised text (one node however many say it). */
  addClaim(content: string): string {
    const key = claimKey(content);
    if (!this.claims.has(key)) {
      this.claims.set(key, content);
      this.claimOrder.push(key);
    }
    return key;
  }

  /** A quoted paragraph no attribution touches is the quoting frame's speaker's claim. */
  frameClaim(frame: QuotedFrame, span: { start: number; end: number }, block: number, discourse: Discourse): void {
    const a = frameAttribution(this.text, frame, span);
    this.attributions.push(a);
    const claimKey = this.addClaim(a.content.text);
    // The cue is in the opening sentence, not in this one: the edge's evidence is the quoted sentence alone.
    const ev = { ...span, confidence: a.confidence };
    if (a.source) this.relations.push({ kind: 'asserts', source: a.source.key, target: claimKey, ...ev });
    this.relations.push({ kind: 'reports', source: this.articleKey, target: claimKey, ...ev });
    discourse.logClaim(block, [frame.speaker.key], undefined, claimKey);
  }

  /** Takes back the claim an opener made of the whole quoted paragraph (its attribution stays as found). */
  unclaim(opener: Attribution): void {
    const key = claimKey(opener.content.text);
    const inOpener = (r: FactRelation) => (r.start ?? -1) <= opener.cue.start && opener.cue.start < (r.end ?? -1);
    let kept = 0;
    let others = false;
    // Compacted in place: an article can hold many relations, and no argument list should grow with them.
    for (const r of this.relations) {
      const opens = r.target === key && (r.kind === 'asserts' || r.kind === 'reports') && inOpener(r);
      if (opens) continue;
      if (r.target === key) others = true;
      this.relations[kept++] = r;
    }
    this.relations.length = kept;
    if (!others) this.claims.delete(key);
  }
}

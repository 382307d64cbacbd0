import type { Token } from './nlp';
import type { NounPhrase } from './noun-phrase';
import { isCapitalised, isHead, leftNounPhrase, rightNounPhrase } from './noun-phrase';
import type { CueSource } from './rules';
import { BE_FORMS, DOC_HEADS, HUMAN_HEADS, OBTAINED_BY, TIME_WORDS } from './words';

/**
 * One outlet citing another source inside a sentence: "Reuters reported, citing two port officials, that …",
 * "The Guardian, citing a leaked audit, said …", "the agency quoted an unnamed engineer as saying …".
 */

const QUOTING_VERBS = /^(?:quoted|quotes|quoting|cited|cites|citing)$/;
const CITING_WORDS = /^(?:citing|quoting)$/;
/** What may stand between a reporting clause and its citing phrase: "reported on Friday, citing". */
const BETWEEN =
  /^(?:,|on|late|early|this|last|\p{Lu}\p{Ll}+day|today|yesterday|week|month|year|night|morning|afternoon|evening|weekend)$/u;

/**
 * "[the Associated Press] quoted [an unnamed engineer] as saying": the one quoted is the source, the one
 * quoting is who it was obtained through. `as` is the token before the gerund cue.
 */
export function quotedAsSaying(
  tokens: readonly Token[],
  as: number,
): { source: NounPhrase; via: NounPhrase; viaCue: NounPhrase } | null {
  if (tokens[as]?.lower !== 'as' || !isHead(tokens[as - 1])) return null;
  let source = leftNounPhrase(tokens, as - 1);
  // "an unnamed official at the utility": the person, with where they are.
  for (let i = 0; source && i < 2 && /^(at|of|from|with|for|in)$/.test(tokens[source.from - 1]?.lower ?? ''); i++) {
    const head = leftNounPhrase(tokens, source.from - 2);
    source = head ? { from: head.from, to: source.to } : source;
    if (!head) break;
  }
  if (!source) return null;
  const citing = citingClause(tokens, source.from);
  return citing ? { source, ...citing } : passiveQuoted(tokens, source);
}

/**
 * "[Minister Ivan Petrov] was quoted by [the Interfax news agency] as saying": the passive, `by` the one who
 * quotes (here `quoter`, the phrase before "as").
 */
function passiveQuoted(
  tokens: readonly Token[],
  quoter: NounPhrase,
): { source: NounPhrase; via: NounPhrase; viaCue: NounPhrase } | null {
  const by = quoter.from - 1;
  if (tokens[by]?.lower !== 'by' || !QUOTING_VERBS.test(tokens[by - 1]?.lower ?? '')) return null;
  if (!BE_FORMS.has(tokens[by - 2]?.lower ?? '')) return null;
  // "has been quoted", "was also quoted": back over the auxiliaries and adverbs to the subject.
  let k = by - 3;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  const source = leftNounPhrase(tokens, k);
  return source ? { source, via: quoter, viaCue: { from: by - 1, to: by } } : null;
}

/**
 * "[the Ledger] cited [three election workers]", with the cited phrase starting at `from`: who cites it, and
 * the citing verb. Null when no quoting verb with a subject stands right before.
 */
export function citingClause(tokens: readonly Token[], from: number): { via: NounPhrase; viaCue: NounPhrase } | null {
  const verb = from - 1;
  if (!QUOTING_VERBS.test(tokens[verb]?.lower ?? '') || !isHead(tokens[verb - 1])) return null;
  const via = leftNounPhrase(tokens, verb - 1);
  return via ? { via, viaCue: { from: verb, to: verb } } : null;
}

/**
 * The noun phrase a citing word or "according to" introduces ("citing a leaked audit", "according to contracts
 * obtained by the Miami Herald"), read more leniently than the tagger: participles are modifiers, and a
 * capitalised word or a document or people noun is a noun whatever its tag.
 */
export function citedPhrase(tokens: readonly Token[], from: number): NounPhrase | null {
  let last = -1;
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k]!;
    // Right after "according to" or "citing" no verb can stand: a verb-tagged word there is a plural noun.
    const nounish =
      DOC_HEADS.has(t.lower) ||
      HUMAN_HEADS.has(t.lower) ||
      /^\p{Lu}/u.test(t.text) ||
      (k === from && t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.lower));
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (nounish && t.pos !== 'PUNCT' && t.pos !== 'DET')) last = k;
    else if (last >= from && t.pos === 'VERB' && /ed$/.test(t.lower)) break;
    else if (!(t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'ADJ' || (t.pos === 'VERB' && /ed$/.test(t.lower))))
      break;
  }
  return last >= from ? { from, to: last } : null;
}

/**
 * Each "citing Y" attribution paired with the reporting clause it belongs to, which then cites Y: after the
 * clause ("X reported, citing Y, that …": the clause takes the citing phrase in, so its content starts after it),
 * inside it ("X, citing Y, said …"), before it ("Citing Y, X said …") or closing the sentence ("X reported that …,
 * citing Y.").
 */
export function pairCitings(tokens: readonly Token[], found: readonly CueSource[]): Map<CueSource, CueSource> {
  const pairs = new Map<CueSource, CueSource>();
  for (const b of found) {
    if (!CITING_WORDS.test(tokens[b.cue.from]!.lower) || b.pattern !== 'according') continue;
    const a = found.find((x) => {
      if (x === b || CITING_WORDS.test(tokens[x.cue.from]!.lower)) return false;
      if (x.clauseFrom < b.cue.from && b.clauseTo < x.cue.from) return true;
      // "Quoting a senior diplomat, the Ledger said": the citing phrase before the clause's subject.
      if (b.clauseTo < x.clauseFrom && tokens.slice(b.clauseTo + 1, x.clauseFrom).every((t) => t.text === ','))
        return b.clauseTo + 1 < x.clauseFrom;
      if (
        trailing(tokens, b) &&
        x.cue.to < b.cue.from &&
        !found.some((y) => y !== b && y.cue.from > x.cue.to && y.cue.from < b.cue.from)
      )
        return true;
      if (b.cue.from <= x.clauseTo || b.cue.from > x.clauseTo + 4) return false;
      return tokens.slice(x.clauseTo + 1, b.cue.from).every((t) => BETWEEN.test(t.text));
    });
    if (!a) continue;
    // The clause takes a citing phrase right after it in; one after its content stays where it is.
    if (b.cue.from > a.clauseTo && b.cue.from <= a.clauseTo + 4) a.clauseTo = b.clauseTo;
    pairs.set(b, a);
  }
  return pairs;
}

/**
 * "Reuters reported that the refinery would close, citing two people briefed on the plan.": a citing phrase
 * after a comma that ends the sentence cites for the reporting clause before it, whose content it follows.
 */
function trailing(tokens: readonly Token[], b: CueSource): boolean {
  return tokens[b.cue.from - 1]?.text === ',' && tokens.slice(b.clauseTo + 1).every((t) => t.pos === 'PUNCT');
}

/** "according to court documents unsealed Tuesday": a participle with only a date after it is not the name. */
export function withoutDatedParticiple(tokens: readonly Token[], np: NounPhrase): NounPhrase {
  let cut = np.to;
  for (let k = np.to; k > np.from; k--) {
    const dated = tokens.slice(k + 1, np.to + 1).every((t) => TIME_WORDS.has(t.lower));
    if (dated && /ed$/.test(tokens[k]!.lower) && tokens[k - 1]!.pos === 'NOUN') cut = k - 1;
  }
  return { from: np.from, to: cut };
}

const AUTHORING_PARTICIPLE = /^(?:prepared|commissioned|written|compiled|produced|drafted|conducted|carried)$/;

/**
 * "A draft report prepared by the state Department of Environmental Quality found": the document before
 * "prepared by", a few words back from the subject noun phrase that starts at `from`; its author is no hop.
 */
export function authoredDocument(tokens: readonly Token[], from: number): NounPhrase | null {
  for (let b = from - 1; b >= Math.max(2, from - 6); b--) {
    const t = tokens[b]!;
    if (t.pos === 'AUX' || t.text === ',') return null;
    if (t.lower !== 'by' || !AUTHORING_PARTICIPLE.test(tokens[b - 1]!.lower)) continue;
    const doc = leftNounPhrase(tokens, b - 2);
    return doc && DOC_HEADS.has(tokens[doc.to]!.lower) ? doc : null;
  }
  return null;
}

/**
 * Who a "citing"/"quoting" word cites: the noun phrase after it if it can speak, or the name in apposition
 * after it ("citing the plant's operator, Sakimori Electric Power").
 */
export function citedSource(
  tokens: readonly Token[],
  from: number,
  speaks: (np: NounPhrase) => boolean,
): { np: NounPhrase; named?: NounPhrase } | null {
  const np = rightNounPhrase(tokens, from) ?? citedPhrase(tokens, from);
  if (!np) return null;
  const named = tokens[np.to + 1]?.text === ',' ? rightNounPhrase(tokens, np.to + 2) : null;
  if (named && isCapitalised(tokens[named.from]) && tokens[named.to]!.pos === 'PROPN') return { np, named };
  return speaks(np) ? { np } : null;
}

/** Phrases naming whom a source spoke to, and where the one spoken to starts (words after the phrase's first). */
const SPOKEN_TO = [
  ['in', 'an', 'interview', 'with'],
  ['in', 'a', 'statement', 'to'],
  ['in', 'remarks', 'to'],
  ['speaking', 'to'],
  ['speaking', 'with'],
  ['talking', 'to'],
] as const;

function phraseAt(tokens: readonly Token[], at: number): number {
  for (const p of SPOKEN_TO) if (p.every((w, k) => tokens[at + k]?.lower === w)) return p.length;
  return 0;
}

/**
 * "In an interview with CNN, Ana Voss said …", "Speaking to the BBC, …", "… said in a statement to Axios that
 * …": whom the source spoke to, opening the sentence before the cue or right after the cue; an outlet spoken to
 * is on the chain as one told is.
 */
export function spokenTo(tokens: readonly Token[], cueFrom: number, cueTo: number): NounPhrase | null {
  const opening = phraseAt(tokens, 0);
  if (opening) {
    const np = rightNounPhrase(tokens, opening);
    if (np && np.to < cueFrom && tokens[np.to + 1]?.text === ',') return np;
  }
  const after = phraseAt(tokens, cueTo + 1);
  return after ? rightNounPhrase(tokens, cueTo + 1 + after) : null;
}

/**
 * "Minister Ivan Petrov said the warnings had been ignored, according to Reuters.": an "according to" closing the
 * sentence after a clause with its own source says through whom that source is known: the clause takes it as
 * its `via` (in place). The phrase stays an attribution of its own, of the whole clause, as annotators take it.
 */
export function foldTrailingAccording(tokens: readonly Token[], found: readonly CueSource[]): void {
  for (let i = found.length - 1; i > 0; i--) {
    const b = found[i]!;
    if (tokens[b.cue.from]!.lower !== 'according' || b.pattern !== 'according' || !trailing(tokens, b)) continue;
    const x = found[i - 1]!;
    if (x.via || x.pattern === 'according' || b.sources.length !== 1) continue;
    x.via = b.sources[0]!;
    x.viaCue = { from: b.cue.from, to: b.cue.to };
  }
}

/**
 * "The memo, first obtained by Politico, says": the one who obtained the subject, named in the aside between
 * commas (tokens `from` to `to`, the commas included). Null when the aside says nothing of the kind.
 */
export function obtainedAside(tokens: readonly Token[], from: number, to: number): NounPhrase | null {
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k]!.lower !== 'by' || !OBTAINED_BY.has(tokens[k - 1]!.lower)) continue;
    const np = rightNounPhrase(tokens, k + 1);
    // "The report, published by the Herald on Monday, said": a time after the name closes the aside too.
    const timed = np && tokens[np.to + 1] && /^(on|in|last|this|earlier)$/.test(tokens[np.to + 1]!.lower);
    const dated = timed && tokens.slice(np!.to + 2, to).every((t) => TIME_WORDS.has(t.lower) || t.pos === 'NUM');
    return np && (np.to === to - 1 || (dated && to - np.to <= 4)) ? np : null;
  }
  return null;
}

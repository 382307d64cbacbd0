import type { CueMatch } from './cues';
import type { Token } from './nlp';
import type { NounPhrase } from './noun-phrase';
import {
  coordinatedLeft,
  isCapitalised,
  isHead,
  isQuote,
  leftNounPhrase,
  rightNounPhrase,
  withPostModifiers,
} from './noun-phrase';
import { BE_FORMS, HUMAN_HEADS, SKIPPABLE_BEFORE_CUE } from './words';

export type Pattern = 'subject' | 'apposition' | 'inverted' | 'according' | 'passive' | 'credit' | 'gerund';

/** A cue with its source phrase(s) found, before entities and content are resolved. */
export interface CueSource {
  cue: CueMatch;
  sources: NounPhrase[];
  pattern: Pattern;
  /** "memos obtained by [The Washington Post]": who obtained the source. */
  via?: NounPhrase;
  /** "told [the Herald]": to whom it was said. */
  recipient?: NounPhrase;
  /** Token range of source + cue (+ recipient): the attributing clause, never part of the content. */
  clauseFrom: number;
  clauseTo: number;
}

const PARTICIPLES = /ed$|^(said|told|thought|found|shown|written|known|seen)$/;
const INFINITIVE_AFTER = new Set(['belief', 'finding']);

function cueSource(cue: CueMatch, sources: NounPhrase[], pattern: Pattern, extra: Partial<CueSource> = {}): CueSource {
  const froms = [cue.from, ...sources.map((s) => s.from)];
  const tos = [cue.to, ...sources.map((s) => s.to)];
  if (extra.recipient) tos.push(extra.recipient.to);
  if (extra.via) tos.push(extra.via.to);
  return { cue, sources, pattern, ...extra, clauseFrom: Math.min(...froms), clauseTo: Math.max(...tos) };
}

/** "X, spokesman for Y, said": the phrase before the apposition, if the part between commas has no verb. */
export function appositionSubject(tokens: readonly Token[], comma: number): NounPhrase | null {
  for (let k = comma - 1; k >= Math.max(0, comma - 20); k--) {
    const t = tokens[k]!;
    if (t.text === ',') {
      const seg = tokens.slice(k + 1, comma);
      const ok =
        seg.length > 0 &&
        seg.every((s) => !isQuote(s) && (s.pos !== 'VERB' || s.lower === 'according') && s.pos !== 'AUX');
      return ok ? leftNounPhrase(tokens, k - 1) : null;
    }
    if (isQuote(t) || t.text === ';' || t.text === ':') return null;
  }
  return null;
}

/** Finds the source of a cue in its sentence by the usual orders of news prose. */
export function findSource(tokens: readonly Token[], cue: CueMatch): CueSource | null {
  const { from, to } = cue;
  const cueWord = tokens[from]!.lower;
  if (cue.form === 'credit') {
    const np = rightNounPhrase(tokens, to + 2);
    return np ? cueSource(cue, [np], 'credit') : null;
  }
  if (cue.form === 'preposition') {
    const np = rightNounPhrase(tokens, to + 1);
    if (!np) return null;
    const by = tokens[np.to + 2]?.lower === 'by' ? rightNounPhrase(tokens, np.to + 3) : null;
    const via =
      by && /^(obtained|seen|reviewed|provided|published|released|leaked)$/.test(tokens[np.to + 1]!.lower)
        ? by
        : undefined;
    return cueSource(cue, [np], 'according', via ? { via } : {});
  }
  if (INFINITIVE_AFTER.has(cue.entry.class) && tokens[to + 1]?.lower === 'to') return null;

  // Passive: "these claims were later played down by the White House"; agentless passives have no source.
  let j = from - 1;
  let sawBe = false;
  while (j >= 0 && SKIPPABLE_BEFORE_CUE.has(tokens[j]!.lower)) {
    if (BE_FORMS.has(tokens[j]!.lower)) sawBe = true;
    j--;
  }
  const isParticiple = PARTICIPLES.test(tokens[to]!.lower) || cue.to > cue.from;
  if (tokens[to + 1]?.lower === 'by' && (sawBe || isParticiple)) {
    const agent = rightNounPhrase(tokens, to + 2);
    if (agent && (sawBe || isCapitalised(tokens[agent.to]))) return cueSource(cue, [agent], 'passive');
  }
  if (sawBe && isParticiple && !/ing$/.test(cueWord)) return null;

  const recipientOf = (): NounPhrase | undefined =>
    cue.entry.lemma === 'tell' || cue.entry.lemma === 'ask'
      ? (rightNounPhrase(tokens, to + 1) ?? undefined)
      : undefined;
  const left = tokens[j];
  if (left && isHead(left)) {
    if (left.lower === 'who') {
      const ante = leftNounPhrase(tokens, tokens[j - 1]?.text === ',' ? j - 2 : j - 1);
      if (ante) return cueSource(cue, [ante], 'subject', optional('recipient', recipientOf()));
    }
    const np = leftNounPhrase(tokens, j);
    if (np) {
      const full = withPostModifiers(tokens, np, HUMAN_HEADS);
      const sources = full === np ? coordinatedLeft(tokens, np) : [full];
      return cueSource(cue, sources, 'subject', optional('recipient', recipientOf()));
    }
  }
  // "…, saying that": the subject of the sentence speaks.
  if (/ing$/.test(cueWord) && left?.text === ',') {
    let s = 0;
    while (s < j && !isHead(tokens[s])) s++;
    const np = s < j ? rightNounPhrase(tokens, s) : null;
    if (np && np.to < j) return cueSource(cue, [np], 'gerund');
  }
  if (left?.text === ',') {
    const np = appositionSubject(tokens, j);
    if (np && j - np.to < 20) return cueSource(cue, [np], 'apposition', optional('recipient', recipientOf()));
  }
  // Inversion after a quote or a comma: '"…," said Ambassador Mohib.'
  if (from === 0 || left?.text === ',' || isQuote(left) || left?.text === ':') {
    const np = rightNounPhrase(tokens, to + 1);
    if (np && isHead(tokens[np.to])) return cueSource(cue, [np], 'inverted');
  }
  return null;
}

function optional<K extends 'recipient' | 'via'>(key: K, value: NounPhrase | undefined): Partial<CueSource> {
  return value ? { [key]: value } : {};
}

import type { CueEntry, Lexicon } from './lexicon';
import type { Token } from './nlp';
import { isCapitalised } from './noun-phrase';
import { DOC_HEADS, HUMAN_HEADS } from './words';

export type CueForm = 'verb' | 'preposition' | 'credit';

/** A cue found in a sentence: token range [from, to] and its lexicon entry. */
export interface CueMatch {
  from: number;
  to: number;
  entry: CueEntry;
  form: CueForm;
}

const CREDIT_ENTRY: CueEntry = { strength: 0.9, class: 'report', stance: 'asserts', lemma: 'credit' };
const ALWAYS_VERBS = new Set(['said', 'says', 'told']);

const CLAUSE_OPENERS = new Set(['that', 'she', 'he', 'they', 'it', 'the', 'a', 'an', 'i', 'we']);

/** "Paris claims she was …": wink reads "claims" as a noun after a name; a clause opener after it says it's a verb. */
function taggedAsNounButVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (t.pos !== 'NOUN' || !prev || !next) return false;
  // "The results show the …", "The report states that …": a noun subject that can speak or find.
  const nounSubject = prev.pos === 'NOUN' && (DOC_HEADS.has(prev.lower) || HUMAN_HEADS.has(prev.lower));
  // "documents obtained by the Ledger show": a document or people noun heads the phrase the name ends
  // (since the sentence's start or its last comma, a few words back), "by" between them.
  const from = Math.max(0, i - 8);
  const seg = tokens.slice(from, i);
  const phrase = seg.slice(seg.findLastIndex((x) => x.text === ',') + 1);
  const obtained =
    prev.pos === 'PROPN' &&
    phrase.some((x) => x.lower === 'by') &&
    phrase.some((x) => (x.pos === 'NOUN' || x.pos === 'PROPN') && (DOC_HEADS.has(x.lower) || HUMAN_HEADS.has(x.lower)));
  const prevIsSubject =
    (/s$/.test(t.lower) && (prev.pos === 'PROPN' || (prev.pos === 'PRON' && prev.lower !== 'its'))) ||
    nounSubject ||
    obtained;
  // "…, the Boston Globe reports.": sentence-final after a name, or after "…, documents obtained by the Ledger";
  // "documents show class sizes …" after a document.
  // "…, the documents show.": sentence-final after a document or people noun, a comma before that phrase.
  const final =
    /^[.!?]$/.test(next.text) &&
    ((prev.pos === 'PROPN' && (/s$/.test(t.lower) || (obtained && phrase.length < seg.length))) ||
      (nounSubject && tokens.slice(Math.max(0, i - 4), i).some((x) => x.text === ',')));
  const afterDocument = nounSubject && DOC_HEADS.has(prev.lower) && /^(NOUN|NUM|ADJ|DET)$/.test(next.pos);
  return (prevIsSubject && (CLAUSE_OPENERS.has(next.lower) || next.pos === 'PROPN')) || final || afterDocument;
}

/** All cues of a sentence, left to right. One pass; multiword cues are checked at their first word only. */
export function findCues(tokens: readonly Token[], lex: Lexicon): CueMatch[] {
  const out: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const multi = lex.multi.get(t.lower)?.find((m) => m.words.every((w, k) => tokens[i + k]?.lower === w));
    if (multi) {
      const prep = lex.prepositional.includes(multi);
      const to = i + multi.words.length - 1;
      // "obtained by" is only a cue when it follows a document; "according to" always is.
      out.push({ from: i, to, entry: multi, form: prep && multi.lemma === 'according to' ? 'preposition' : 'verb' });
      i = to;
      continue;
    }
    if (lex.credits.has(t.lower) && isCapitalised(t) && tokens[i + 1]?.text === ':') {
      out.push({ from: i, to: i, entry: CREDIT_ENTRY, form: 'credit' });
      continue;
    }
    const verb = lex.verbs.get(t.lower);
    if (verb && verb.class === 'stance' && negated(tokens, i)) continue;
    if (verb && (t.pos === 'VERB' || ALWAYS_VERBS.has(t.lower) || taggedAsNounButVerb(tokens, i))) {
      out.push({ from: i, to: i, entry: verb, form: 'verb' });
    }
  }
  // "Documents obtained by the Ledger show …": the verb after the phrase is the cue; "obtained by" only
  // names who obtained the documents (the rules read it as the source's via).
  return out.filter(
    (c, k) => c.form !== 'verb' || c.to === c.from || !/ by$/.test(c.entry.lemma) || !followedByVerb(out, k),
  );
}

/**
 * "did not dispute the report", "has never denied it", "declined to confirm": a stance not taken is none
 * (what was said, "did not say", stays an attribution).
 */
function negated(tokens: readonly Token[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.lower);
  return (
    before.some((w) => w === 'not' || w === "n't" || w === 'never') ||
    (before.at(-1) === 'to' && /^(declined|refused|declines|refuses|declining|refusing)$/.test(before.at(-2) ?? ''))
  );
}

const followedByVerb = (cues: readonly CueMatch[], k: number) =>
  cues.slice(k + 1).some((n) => n.form === 'verb' && n.from === n.to && n.from - cues[k]!.to <= 6);

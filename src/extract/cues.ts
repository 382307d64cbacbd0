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
  const prevIsSubject =
    (/s$/.test(t.lower) && (prev.pos === 'PROPN' || (prev.pos === 'PRON' && prev.lower !== 'its'))) || nounSubject;
  // "…, the Boston Globe reports.": sentence-final after a name; "documents show class sizes …" after a document.
  // "…, the documents show.": sentence-final after a document or people noun, a comma before that phrase.
  const final =
    /^[.!?]$/.test(next.text) &&
    ((prev.pos === 'PROPN' && /s$/.test(t.lower)) ||
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
    if (verb && (t.pos === 'VERB' || ALWAYS_VERBS.has(t.lower) || taggedAsNounButVerb(tokens, i))) {
      out.push({ from: i, to: i, entry: verb, form: 'verb' });
    }
  }
  return out;
}

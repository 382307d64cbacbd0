import type { Token } from './nlp';
import type { NounPhrase } from './noun-phrase';
import { isCapitalised } from './noun-phrase';
import { DOC_HEADS, HUMAN_HEADS, ORG_HEADS } from './words';

/** What a noun phrase can do as a source: speak (be cited, say), or find (a study, a poll). */

/** Can this phrase be a speaker? A name, a pronoun, a human or organisation noun, or a document that reports. */
export function speaks(tokens: readonly Token[], np: NounPhrase): boolean {
  const head = tokens[np.to]!;
  if (head.pos === 'PROPN' || head.pos === 'PRON' || isCapitalised(head)) return true;
  // People, bodies ("the company"), what reports ("citing internal emails") and what finds ("citing a study").
  if (ORG_HEADS.has(head.lower)) return true;
  return tokens
    .slice(np.from, np.to + 1)
    .some((t) => HUMAN_HEADS.has(t.lower) || DOC_HEADS.has(t.lower) || FINDING_SUBJECT_HEADS.test(t.lower));
}

const FINDING_SUBJECT_HEADS =
  /^(results?|figures|data|estimates?|findings?|stud(?:y|ies)|surveys?|polls?|reports?|research|analys[ie]s|records?|documents?|tests?|evidence|statistics|numbers|projections?|forecasts?|models?|memos?|papers?|letters?|review|audit|census|count|tally|investigation|inquiry|probe|experts?|scientists?|researchers?|authors?|officials?)$/;

/** "The results show", "a poll found": findings need a subject that can find. */
export function canFind(tokens: readonly Token[], np: NounPhrase): boolean {
  const head = tokens[np.to]!;
  return (
    head.pos === 'PROPN' ||
    head.pos === 'PRON' ||
    FINDING_SUBJECT_HEADS.test(head.lower) ||
    DOC_HEADS.has(head.lower) ||
    isCapitalised(head)
  );
}

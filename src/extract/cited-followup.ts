import type { CueEntry } from './lexicon';
import type { Token } from './nlp';
import type { NounPhrase } from './noun-phrase';
import { leftNounPhrase, rightNounPhrase, withPostModifiers } from './noun-phrase';
import type { CueSource } from './rules';
import { speaks } from './source-ability';
import { HUMAN_HEADS } from './words';

/**
 * "Korvas Daily reported that the ballots were moved. The paper cited three election workers.": a sentence
 * that only names whom the source of the sentence before cited. Its cited phrase says what that source said,
 * through it.
 */

const CITING_VERBS = /^(?:cited|quoted)$/;

/** The subject that cites, and the cited source as an attribution whose content is still to be given. */
export interface CitedFollowUp {
  citer: NounPhrase;
  cs: CueSource;
}

/**
 * The sentence read as "SUBJECT cited|quoted SOURCE." and nothing more (the subject opening the sentence, the
 * cited phrase ending it), or null.
 */
export function citedFollowUp(tokens: readonly Token[], verbs: ReadonlyMap<string, CueEntry>): CitedFollowUp | null {
  // The cue finder leaves "cited" with no clause after it alone; here that is the point.
  const at = tokens.findIndex((t) => t.pos === 'VERB' && CITING_VERBS.test(t.lower));
  // The lexicon lists "cite" and "quote" (its "cited" is the passive's, "cited by"): the entry of the lemma.
  const entry = at > 0 ? verbs.get(tokens[at]!.lower.replace(/d$/, '')) : undefined;
  if (!entry) return null;
  const cue = { from: at, to: at, entry, form: 'verb' as const };
  const citer = leftNounPhrase(tokens, cue.from - 1);
  if (!citer || citer.from !== 0) return null;
  const np = rightNounPhrase(tokens, cue.to + 1);
  if (!np || !speaks(tokens, np)) return null;
  // "two people familiar with the matter": the source with what follows its human head.
  const cited = withPostModifiers(tokens, np, HUMAN_HEADS);
  if (!tokens.slice(cited.to + 1).every((t) => t.pos === 'PUNCT')) return null;
  return {
    citer,
    cs: { cue, sources: [cited], pattern: 'according', clauseFrom: citer.from, clauseTo: cited.to },
  };
}

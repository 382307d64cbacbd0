import type { Token } from './nlp';
import type { NounPhrase } from './noun-phrase';
import { beforeParenthesis, isCapitalised, isQuote, leftNounPhrase } from './noun-phrase';
import { RELATIVE_PRONOUNS as RELATIVES, TITLES } from './words';

/** Sources in apposition: "X, spokesman for Y, said", "The housing minister, Peter Castellan, said". */

/** "X, spokesman for Y, said": the phrase before the apposition, if the part between commas has no verb. */
export function appositionSubject(tokens: readonly Token[], comma: number): NounPhrase | null {
  let end = comma;
  let fallback: NounPhrase | undefined;
  for (let k = comma - 1; k >= Math.max(0, comma - 60); k--) {
    const t = tokens[k]!;
    if (t.text === ',') {
      const seg = tokens.slice(k + 1, end);
      const relAt = seg.findIndex((s) => RELATIVES.has(s.lower));
      const verbAt = seg.findIndex(
        (s, i) =>
          isQuote(s) ||
          ((s.pos === 'AUX' || (s.pos === 'VERB' && !/^(according|citing|quoting)$/.test(s.lower))) &&
            !(relAt >= 0 && i > relAt)),
      );
      // A reduced relative may open the segment: "Results of studies, published in 1989, show".
      // "X, citing a leaked audit, said": a citing phrase is an adjunct whatever its words.
      const citing = /^(citing|quoting)$/.test(seg[0]?.lower ?? '') && !seg.some(isQuote);
      // "The memo, first obtained by Politico, says": the participle may follow an adverb.
      const participleAt = seg[0]?.pos === 'ADV' ? 1 : 0;
      const ok =
        seg.length > 0 && (citing || verbAt < 0 || (verbAt === participleAt && /ed$/.test(seg[verbAt]!.lower)));
      if (!ok) return fallback ?? null;
      // "Sophie Lang, 26, who teaches …, said": an age between commas belongs to the apposition.
      const age = tokens[k - 1]?.pos === 'NUM' && tokens[k - 2]?.text === ',';
      const np = leftNounPhrase(tokens, age ? k - 3 : beforeParenthesis(tokens, k - 1));
      if (!np) return fallback ?? null;
      const before = tokens[np.from - 1];
      // "Eastman, Director of X, and Chairman of Y, says" / "at the University of Arkansas, Fayetteville,": keep going.
      const titled = TITLES.has(tokens[np.from]!.lower) || tokens[np.to]!.pos !== 'PROPN';
      if (before && (before.pos === 'ADP' || before.pos === 'CCONJ' || (before.text === ',' && titled))) {
        // The next segment runs up to this comma: "Eastman, [Director of X, and Chairman of Y], says".
        end = k;
        fallback ??= np;
        continue;
      }
      return np;
    }
    if (isQuote(t) || t.text === ';' || t.text === ':') return fallback ?? null;
  }
  return fallback ?? null;
}

/** "The housing minister, [Peter Castellan], said": a proper name right after a role phrase. */
export function appositiveName(tokens: readonly Token[], np: NounPhrase): NounPhrase | null {
  if (tokens[np.to]!.pos === 'PROPN' || tokens[np.to + 1]?.text !== ',') return null;
  let k = np.to + 2;
  const from = k;
  while (k < tokens.length && (tokens[k]!.pos === 'PROPN' || isCapitalised(tokens[k]))) k++;
  return k > from && k - from <= 4 && tokens[k]?.text === ',' ? { from, to: k - 1 } : null;
}

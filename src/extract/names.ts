import type { Entity, EntityResolver, Mention } from './entities';
import type { Token } from './nlp';
import { isCapitalised, leftNounPhrase } from './noun-phrase';
import { FINITE_VERB_FORM, NAME_CONNECTORS, PLAIN_DATE_WORDS, TITLES } from './words';

/** Tags the tagger gives first names it does not know (Ted/VERB, Will/AUX, Rand/ADV). */
const MISREAD_NAME_POS = new Set(['VERB', 'AUX', 'ADV', 'ADJ']);
const NOT_IN_NAME = new Set(['PUNCT', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'VERB', 'AUX', 'PART', 'ADV']);

/** Headlines and title-case lines name everything in capitals: don't mine them for names. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  // Content words (four letters or more) after the first: in a title nearly all are capitalised. Short lines
  // need more evidence: a capitalised function word ("Pleads With China") or no closing punctuation.
  let words = 0;
  let caps = 0;
  let functionCaps = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // The length and capital guard spares a string hash per token on this per-sentence path.
    if (t.text.length <= 5 && isCapitalised(t) && TITLE_FUNCTION_WORDS.has(t.text)) functionCaps = true;
    if (t.pos === 'PUNCT' || t.text.length < 4 || !HAS_LETTER.test(t.text)) continue;
    words++;
    if (isCapitalised(t)) caps++;
  }
  const ratio = words ? caps / words : 0;
  const unpunctuated = !/^[.!?:"\u201d]$/.test(tokens[tokens.length - 1]?.text ?? '');
  return (words >= 6 && ratio >= 0.7) || (words >= 3 && ratio >= 0.6 && (functionCaps || unpunctuated));
}

// Tested instead of comparing upper- and lower-cased copies: this runs on every token.
const HAS_LETTER = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

const TITLE_FUNCTION_WORDS = new Set([
  'With',
  'For',
  'And',
  'Of',
  'To',
  'In',
  'On',
  'At',
  'From',
  'As',
  'By',
  'Into',
  'Over',
  'After',
]);

/**
 * Registers the named persons, organisations and outlets of a sentence (runs of proper nouns with their
 * titles), so later surnames resolve and non-source entities can be linked as mentions.
 */
export function scanNames(
  tokens: readonly Token[],
  resolver: EntityResolver,
  citer: Entity | undefined,
  titleCase = isTitleCase(tokens),
): Mention[] {
  const out: Mention[] = [];
  if (titleCase) return out;
  let lastEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN' && !(isCapitalised(t) && t.pos === 'NOUN' && i > 0)) continue;
    let j = i;
    for (;;) {
      const n = tokens[j + 1];
      if (!n) break;
      if (n.pos === 'PROPN' || (isCapitalised(n) && !NOT_IN_NAME.has(n.pos))) j++;
      // "Sen. Ted Cruz", "Rep. Will Hurd": the tagger reads a first name as a verb; mid-sentence, capitalised
      // and followed by a proper noun, it is a name word.
      else if (
        isCapitalised(n) &&
        MISREAD_NAME_POS.has(n.pos) &&
        ((tokens[j + 2]?.pos === 'PROPN' && isCapitalised(tokens[j + 2])) || misreadNameWord(n))
      )
        j++;
      else if ((n.text === '-' || n.text === '.') && isCapitalised(tokens[j + 2])) j += 2;
      // "University of Texas", "Council on Foreign Relations": one name across a connector.
      else if (NAME_CONNECTORS.has(n.lower) && isCapitalised(tokens[j + 2]) && tokens[j + 2]!.pos === 'PROPN') j += 2;
      else break;
    }
    // "a senior Western diplomat", "Calveran officials": one capitalised word before a common noun modifies it.
    const after = tokens[j + 1];
    if (j === i && after?.pos === 'NOUN' && !isCapitalised(after)) continue;
    // "on Monday", "in March": a weekday or month alone is a date, no entity (the typer took them for places).
    if (namesCompound(tokens, i, j, resolver) || (i === j && PLAIN_DATE_WORDS.has(t.lower))) {
      i = j;
      continue;
    }
    const np = leftNounPhrase(tokens, j);
    // The noun phrase may reach further left ("a senior official"), never start after the run itself.
    let from = Math.max(Math.min(np?.from ?? i, i), lastEnd + 1, 0);
    // Cut at the previous run: never start a name on "of", "the" or punctuation ("Man of [the Match]").
    while (from < j && !isCapitalised(tokens[from]) && tokens[from]!.pos !== 'NOUN' && tokens[from]!.pos !== 'ADJ')
      from++;
    // "former secretary of State Hillary Clinton": a lower-case title's complement opens the run; the
    // phrase starts at the title, so the name is what follows the complement, not "State Hillary Clinton".
    const title = tokens[from - 2];
    // A run of one or two words is the complement alone ("the mayor of Ostrevia"): no name follows it.
    if (
      j - from >= 2 &&
      title &&
      TITLES.has(title.lower) &&
      NAME_CONNECTORS.has(tokens[from - 1]!.lower) &&
      from - 2 > lastEnd
    )
      from = Math.max(leftNounPhrase(tokens, from - 2)?.from ?? from - 2, lastEnd + 1);
    // "Clinton blasts Trump" (a headline): a verb form the tagger read as a plural noun, after a name, is
    // the verb of a clause; the name after it starts there ("Calveran officials" has no name after it).
    for (let k = i - 1; k > from; k--)
      if (!isCapitalised(tokens[k]) && FINITE_VERB_FORM.test(tokens[k]!.lower) && isCapitalised(tokens[k - 1])) {
        from = k + 1;
        break;
      }
    const m = resolver.resolve(tokens, { from, to: j }, citer, 'mention');
    if (m) out.push(m);
    lastEnd = j;
    i = j;
  }
  return out;
}

/**
 * "the Obama-Clinton foreign policy", "the Trump-Clinton race": two names hyphen-joined before a common
 * noun modify it; the compound is no one's name when a part is the name of a person of the article.
 * ("Hewlett-Packard shares" has no such part, and a double surname's parts are no one else's.)
 */
function namesCompound(tokens: readonly Token[], i: number, j: number, resolver: EntityResolver): boolean {
  const after = tokens[j + 1];
  if (j !== i + 2 || tokens[i + 1]!.text !== '-' || !after || isCapitalised(after)) return false;
  if (after.pos !== 'NOUN' && after.pos !== 'ADJ') return false;
  const named = (w: string) => resolver.latest((e) => e.kind === 'person' && !e.anonymous && e.nameWords.includes(w));
  return !!(named(tokens[i]!.lower) ?? named(tokens[j]!.lower));
}

/**
 * "Velmar Shipping dumped …", "Acme Trading said": a capitalised word after a name, which the tagger read as a
 * verb or adjective, is a name word when no finite verb form ("Says", "Signed") would be written so.
 */
function misreadNameWord(t: Token): boolean {
  return !FINITE_VERB_FORM.test(t.lower) && t.lower.length > 3;
}

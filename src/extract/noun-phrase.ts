import type { Token } from './nlp';
import {
  DETERMINERS,
  DOC_HEADS,
  HUMAN_HEADS,
  MONTHS_AND_WEEKDAYS,
  NAME_CONNECTORS,
  ORG_HEADS,
  POSSESSIVE_PRONOUNS,
  RELATIVE_PRONOUNS as RELATIVES,
  SUBJECT_PRONOUNS,
  TITLES,
} from './words';

/** Nouns wink sometimes tags as verbs ("according to people familiar …"). */
const isKnownNoun = (t: Token): boolean => HUMAN_HEADS.has(t.lower) || DOC_HEADS.has(t.lower) || ORG_HEADS.has(t.lower);

/** A noun phrase as a token range [from, to] (inclusive) of one sentence. */
export interface NounPhrase {
  from: number;
  to: number;
}

/** First letter A–Z or Latin-1 capital À–Þ (a char-code test: this runs on nearly every token). */
export const isCapitalised = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
};
export const isQuote = (t: Token | undefined): boolean =>
  !!t && /^["\u201c\u201d\u00ab\u00bb\u201e]+$|^''$|^``$/.test(t.text);

/** Tokens that can sit inside a noun phrase, left of its head. */
export function isNominalModifier(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.pos === 'VERB' && isKnownNoun(t)) return true;
  switch (t.pos) {
    case 'NOUN':
    case 'PROPN':
    case 'ADJ':
    case 'NUM':
      return true;
    case 'PART':
      return t.lower === "'s" || t.lower === "'";
    case 'PUNCT':
      return t.lower === "'";
    case 'PRON':
      return POSSESSIVE_PRONOUNS.has(t.lower);
    default:
      // "U.S." and names wink tags oddly still count when capitalised; "According", "Asked" do not.
      if (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower)) return false;
      return isCapitalised(t) && t.pos !== 'PUNCT' && t.pos !== 'DET' && t.pos !== 'ADP' && t.pos !== 'CCONJ';
  }
}

export function isHead(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.pos === 'PRON') return SUBJECT_PRONOUNS.has(t.lower);
  if (t.pos === 'VERB' && isKnownNoun(t)) return true;
  // "attorney general", "secretary general": a postpositive title ends the phrase.
  if (t.lower === 'general' && t.pos === 'ADJ') return true;
  return t.pos === 'NOUN' || t.pos === 'PROPN' || (isCapitalised(t) && !NOT_NAME_POS.has(t.pos));
}

const NOT_NAME_POS = new Set(['PUNCT', 'DET', 'AUX', 'ADV', 'ADP', 'SCONJ', 'CCONJ', 'PART', 'INTJ']);
const WH_WORDS = new Set(['which', 'what', 'whose', 'whatever', 'whichever']);
const isJoiner = (t: Token | undefined): boolean => !!t && (t.text === '-' || t.text === '/' || t.text === '&');
/** "Fifty-two", "sous-chef": a hyphen glued to both neighbours joins one word. */
const isGlued = (a: Token | undefined, h: Token | undefined, b: Token | undefined): boolean =>
  !!a && !!h && !!b && (h.text === '-' || h.text === '\u2010') && a.end === h.start && h.end === b.start;

/** The noun phrase whose head is token `head`, growing leftwards: "the Afghan team's coach", "spokeswoman Anna Kelly". */
export function leftNounPhrase(tokens: readonly Token[], head: number): NounPhrase | null {
  const h = tokens[head];
  if (!isHead(h)) return null;
  if (h!.pos === 'PRON') return { from: head, to: head };
  let i = head;
  while (i > 0) {
    const p = tokens[i - 1]!;
    if (isNominalModifier(p)) {
      i--;
      continue;
    }
    // "The Associated Press", "the United Nations": a capitalised participle the tagger reads as a verb,
    // inside a name after a determiner ("Asked Trump …" opening a sentence has none).
    if (p.pos === 'VERB' && isCapitalised(p) && isCapitalised(tokens[i]) && tokens[i - 2]?.pos === 'DET') {
      i--;
      continue;
    }
    // "government-commissioned report", "well-known author": a glued compound ending in a participle.
    if (isGlued(tokens[i - 3], tokens[i - 2], p) && isNominalModifier(tokens[i - 3])) {
      i -= 3;
      continue;
    }
    if (
      (isJoiner(p) && isCapitalised(tokens[i]) && isCapitalised(tokens[i - 2])) ||
      isGlued(tokens[i - 2], p, tokens[i])
    ) {
      i -= 2;
      continue;
    }
    // "Ambassador to the United States", "Council on American-Islamic Relations": a connector between names.
    const nameLeft = (t: Token | undefined) => isCapitalised(t) && isNominalModifier(t);
    if (
      NAME_CONNECTORS.has(p.lower) &&
      isCapitalised(tokens[i]) &&
      nameLeft(tokens[i - 2]) &&
      !MONTHS_AND_WEEKDAYS.has(tokens[i]!.lower)
    ) {
      i -= 2;
      continue;
    }
    if (p.lower === 'the' && NAME_CONNECTORS.has(tokens[i - 2]?.lower ?? '') && nameLeft(tokens[i - 3])) {
      i -= 3;
      continue;
    }
    if (p.lower === 'of' && tokens[i - 2]?.pos === 'NOUN' && !isCapitalised(tokens[i])) {
      i -= 2;
      continue;
    }
    if ((p.pos === 'DET' || DETERMINERS.has(p.lower)) && !WH_WORDS.has(p.lower)) i--;
    break;
  }
  return { from: i, to: head };
}

/** The noun phrase starting at token `from`, growing rightwards: "according to [official U.S. memos] obtained by …". */
export function rightNounPhrase(tokens: readonly Token[], from: number, limit = tokens.length): NounPhrase | null {
  const first = tokens[from];
  if (!first || from >= limit) return null;
  if (first.pos === 'PRON' && SUBJECT_PRONOUNS.has(first.lower)) return { from, to: from };
  let k = from;
  if (first.pos === 'DET' || DETERMINERS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower)) k++;
  let lastHead = -1;
  while (k < limit) {
    const t = tokens[k]!;
    if (isNominalModifier(t)) {
      if (isHead(t) || t.pos === 'NUM') lastHead = k;
      k++;
      continue;
    }
    if (
      (isJoiner(t) && isCapitalised(tokens[k - 1]) && isCapitalised(tokens[k + 1])) ||
      isGlued(tokens[k - 1], t, tokens[k + 1])
    ) {
      k++;
      continue;
    }
    if (NAME_CONNECTORS.has(t.lower) && isCapitalised(tokens[k - 1]) && lastHead >= 0) {
      const next = tokens[k + 1];
      if (isCapitalised(next) && !MONTHS_AND_WEEKDAYS.has(next!.lower)) {
        k++;
        continue;
      }
      if (next?.lower === 'the' && isCapitalised(tokens[k + 2])) {
        k += 2;
        continue;
      }
    }
    break;
  }
  if (lastHead < 0) return null;
  // "people familiar with the matter", "a person with knowledge of the talks", "diplomats briefed on the meetings".
  const head = tokens[lastHead]!;
  const mod = tokens[lastHead + 1]?.lower ?? '';
  if (HUMAN_HEADS.has(head.lower) && /^(familiar|close|briefed|knowledgeable|with|involved|who)$/.test(mod)) {
    let k = lastHead + 1;
    while (k < limit && k - lastHead < 12 && tokens[k]!.text !== ',' && tokens[k]!.text !== '.' && !isQuote(tokens[k]))
      k++;
    return { from, to: k - 1 };
  }
  return { from, to: lastHead };
}

/** The coordinated phrases ending at `np`: "Both The Miami Herald and The Wall Street Journal" → two phrases. */
export function coordinatedLeft(tokens: readonly Token[], np: NounPhrase): NounPhrase[] {
  const out = [np];
  let cur = np;
  for (let guard = 0; guard < 6; guard++) {
    const conj = tokens[cur.from - 1];
    if (!conj || conj.lower !== 'and') break;
    const prev = leftNounPhrase(tokens, cur.from - 2);
    if (!prev || tokens[prev.from]?.pos === 'PRON') break;
    out.unshift(prev);
    cur = prev;
  }
  if (out.length > 1 && out[0]!.from < out[0]!.to && /^(both|all)$/.test(tokens[out[0]!.from]!.lower))
    out[0] = { ...out[0]!, from: out[0]!.from + 1 };
  return out.length > 1 && out.every((p) => isCapitalised(tokens[p.to]) || tokens[p.to]!.pos === 'NOUN') ? out : [np];
}

const POST_MODIFIERS = new Set([
  'with',
  'of',
  'familiar',
  'close',
  'to',
  'in',
  'at',
  'from',
  'on',
  'for',
  'knowledgeable',
  'about',
  'briefed',
  'involved',
]);

/** "sources with knowledge of [the situation]": grows a phrase back to the human head it modifies. */
export function withPostModifiers(
  tokens: readonly Token[],
  np: NounPhrase,
  humanHeads: ReadonlySet<string>,
): NounPhrase {
  if (!POST_MODIFIERS.has(tokens[np.from - 1]?.lower ?? '')) return np;
  for (let k = np.from - 1, steps = 0; k >= 0 && steps < 10; k--, steps++) {
    const t = tokens[k]!;
    if (humanHeads.has(t.lower) && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
      const head = leftNounPhrase(tokens, k);
      return head ? { from: head.from, to: np.to } : np;
    }
    // "The mayor of Oslo said", "secretary of State Ana Ruiz": the title and its complement are one phrase;
    // whether the title heads it or a name ends it is the resolver's to tell (postModifiedHead).
    if (TITLES.has(t.lower) && t.pos === 'NOUN' && k === np.from - 2) {
      const head = leftNounPhrase(tokens, k);
      return head ? { from: head.from, to: np.to } : np;
    }
    if (!(POST_MODIFIERS.has(t.lower) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN'))
      break;
  }
  return np;
}

/** Is this noun phrase an object (of a verb or preposition) rather than a subject? "need repairs [estimated at …]". */
export function isModifiedNoun(tokens: readonly Token[], np: NounPhrase): boolean {
  for (let k = np.from - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ',' || isQuote(t)) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP') return true;
  }
  return false;
}

/** "a letter", "two memos", "her first report": a document phrase opening at `from`. */
export function authorsDocument(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k]!;
    if (DOC_HEADS.has(t.lower) && t.pos === 'NOUN') return true;
    if (t.pos !== 'DET' && t.pos !== 'NUM' && t.pos !== 'ADJ' && t.pos !== 'PRON') return false;
  }
  return false;
}

/**
 * "the Kestravan embassy in Washington dismissed …", "officials in Kyiv said …": a place after `in`/`at` is
 * where the speaker is: the source is the whole phrase, resolved by the noun before the place.
 */
export function locatedSubject(tokens: readonly Token[], np: NounPhrase | null): NounPhrase | null {
  if (!np || tokens[np.from]!.pos !== 'PROPN' || !/^(in|at)$/.test(tokens[np.from - 1]?.lower ?? '')) return np;
  const before = tokens[np.from - 2];
  if (before?.pos !== 'NOUN' || !isHead(before)) return np;
  const speaker = leftNounPhrase(tokens, np.from - 2);
  return speaker ? { from: speaker.from, to: np.to } : np;
}

const PARTITIVE = /^(?:one|two|three|four|five|some|several|many|most|none|all|each|either|neither|both|any)$/;

/** "one of …", "two of …" at `at` (never "Secretary of State …"). */
export function isPartitive(tokens: readonly Token[], at: number): boolean {
  const q = tokens[at];
  return !!q && tokens[at + 1]?.lower === 'of' && (PARTITIVE.test(q.lower) || q.pos === 'NUM');
}

/** "one of the sources", "two of the officials": the partitive belongs to the source phrase. */
export function withPartitive(tokens: readonly Token[], np: NounPhrase | null): NounPhrase | null {
  return np && np.from >= 2 && isPartitive(tokens, np.from - 2) ? { from: np.from - 2, to: np.to } : np;
}

/** '" said Laura Okafor, chief executive of Brightwell.': the apposition after an inverted source belongs to it. */
export function inversionEnd(tokens: readonly Token[], np: NounPhrase): number {
  if (tokens[np.to + 1]?.text !== ',') return np.to;
  let end = tokens.length - 1;
  while (end > np.to && /^[.!?"\u201d]$/.test(tokens[end]!.text)) end--;
  const seg = tokens.slice(np.to + 2, end + 1);
  const rel = RELATIVES.has(seg[0]?.lower ?? '') || seg.findIndex((t) => RELATIVES.has(t.lower)) > 0;
  const verbless = seg.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !isQuote(t));
  return seg.length > 0 && seg.length < 25 && (verbless || rel) ? end : np.to;
}

/**
 * "The World Health Organisation (WHO) recommends", "The Associated Press (AP), citing …": the token before a
 * short parenthesis that ends at `j`, else `j`.
 */
export function beforeParenthesis(tokens: readonly Token[], j: number): number {
  if (tokens[j]?.text !== ')') return j;
  let k = j - 1;
  while (k > 0 && j - k < 10 && tokens[k]!.text !== '(') k--;
  return tokens[k]?.text === '(' ? k - 1 : j;
}

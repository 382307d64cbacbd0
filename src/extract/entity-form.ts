import type { Token } from './nlp';
import { trimEndOver } from './linear-trim';
import { isCapitalised } from './noun-phrase';
import {
  wordAlternatives,
  EVENT_HEADS,
  INDUSTRY_WORDS,
  KNOWN_PLACES,
  LEGAL_FORMS,
  ORG_HEADS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  STATE_FORMS,
  TIME_LEADS,
  TIME_WORDS,
  TITLES,
  WEEKDAYS,
} from './words';

/** Legal-form suffixes: part of an organisation's label, not of its key, so "Acme" and "Acme Inc." merge. */
// One separator character, then the legal form: each try is a few characters, so the scan stays linear
// (a leading `\s+` rescanned every whitespace run to its end); the run before it is found by hand.
const LEGAL_FORM = new RegExp(`[\\s,](?:${wordAlternatives(LEGAL_FORMS)})\\.?$`, 'i');
const BLANK = /\s/;

/** Nouns after a name's possessive that only organisations have: "Norvane's shares", "X's board". */
const ORG_POSSESSIONS = new Set(
  `shares stock stocks board subsidiary subsidiaries unit units headquarters employees staff shareholders investors
  customers chief ceo spokesman spokeswoman spokesperson executives directors revenue profits earnings filing`.split(
    /\s+/,
  ),
);
/** What an organisation says things in: "X said in a statement". */
const ORG_CHANNELS = new Set(['statement', 'filing', 'release', 'email', 'emailed', 'regulatory', 'press']);

/** Whether a name's last word makes it an organisation ("Norvane Lithium", "Whitlock Berne LLP", "Ministry"). */
export const hasOrgHead = (lowerWords: readonly string[]): boolean =>
  ORG_HEADS.has(lowerWords.at(-1) ?? '') && (lowerWords.length > 1 || !INDUSTRY_WORDS.has(lowerWords[0] ?? ''));

/** Whether a (lower-case, space-joined) name is a known place or shaped like one. */
export function isPlaceName(lowerWords: readonly string[]): boolean {
  const first = lowerWords[0] ?? '';
  const last = lowerWords.at(-1) ?? '';
  // "Hong-Kong", "Sri-Lanka": one hyphenated word names the place written with a space.
  if (lowerWords.length === 1) return KNOWN_PLACES.has(first.replace(/-/g, ' ')) || PLACE_HEADS.has(first);
  return KNOWN_PLACES.has(lowerWords.join(' ')) || PLACE_PREFIXES.has(first) || PLACE_HEADS.has(last);
}

/** "the Democratic National Convention", "the World Cup": an event's name, which is no entity's. */
export const isEventName = (lowerWords: readonly string[]): boolean =>
  lowerWords.length > 1 && EVENT_HEADS.has(lowerWords.at(-1)!);

/** "Republic of Calvera": a state, which speaks as an organisation. */
export const isStateName = (lowerWords: readonly string[]): boolean =>
  STATE_FORMS.has(lowerWords[0] ?? '') && lowerWords[1] === 'of';

/** An organisation's key name: its label without the legal form ("Norvane Lithium Corp." → "Norvane Lithium"). */
export function orgKeyName(label: string): string {
  const found = LEGAL_FORM.exec(label);
  if (!found) return label;
  // The blanks before the form go with it, and a comma just before them: "Norvane, Inc." → "Norvane".
  let cut = trimEndOver(label, found.index + 1, BLANK);
  if (label[cut - 1] === ',') cut--;
  return label.slice(0, cut) || label;
}

/** Every word of the name is a title ("Attorney General"): a role without a name. */
export const isTitleOnly = (toks: readonly Token[]): boolean => toks.every((t) => TITLES.has(t.lower));

/**
 * Whether the context around a single unknown name makes it an organisation: a common organisation noun
 * right before it ("the polling firm Datacal"), an organisation's possession after it ("Norvane's shares",
 * "Norvane shares"), or a statement as its channel ("Norvane said in a statement").
 */
export function orgContext(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (before && !isCapitalised(before) && ORG_HEADS.has(before.lower) && before.lower !== 'authorities') return true;
  let k = to + 1;
  if (tokens[k]?.lower === "'s" || tokens[k]?.lower === "'") k++;
  if (ORG_POSSESSIONS.has(tokens[k]?.lower ?? '') && !isCapitalised(tokens[k])) return true;
  // "X said in a statement", "X confirmed … in an emailed statement": look a few words on, inside the clause.
  for (let j = to + 1; j < Math.min(tokens.length, to + 10); j++) {
    const t = tokens[j]!;
    if (t.lower === ',' || t.lower === 'that' || t.lower === '.') break;
    if (ORG_CHANNELS.has(t.lower) && (tokens[j - 1]?.lower === 'a' || tokens[j - 1]?.lower === 'an')) return true;
    if (t.lower === 'statement' && /^(a|an|emailed|written)$/.test(tokens[j - 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Where a noun phrase's description should end: before a trailing time expression ("… on Tuesday",
 * "… last week", "… Wednesday"), which belongs to the clause, not to the source.
 */
export function descriptionEnd(toks: readonly Token[]): number {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (TIME_LEADS.has(t.lower) && TIME_WORDS.has(toks[i + 1]?.lower ?? '')) return i;
    // "said Trump Wednesday": a bare weekday after the name is the clause's time (months may be names).
    if (i === toks.length - 1 && WEEKDAYS.has(t.lower)) return i;
  }
  return toks.length;
}

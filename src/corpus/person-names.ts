import {
  FINITE_VERB_FORM,
  GLUED_PARTICLES,
  HUMAN_HEADS,
  isPlaceName,
  MONTHS_AND_WEEKDAYS,
  NAME_DESCRIPTORS,
  NAME_PARTICLES,
  TITLES,
  wordAlternatives,
} from '../extract';

/** A person's name made clean: its words (folded, initials kept), the label to show, and what was cut. */
export interface CleanName {
  words: string[];
  label: string;
  /** The descriptor or title cut from the front ("presidential nominee"), when it reads as one. */
  role?: string;
  /** The label joined this name to another ("Wren blasts Quill"): it is no alias of the person. */
  joined?: true;
  /** When joined: the other name ("Quill"), which the article's later mentions may have meant. */
  other?: CleanName;
}

/** An all-capitals dateline glued to the name: "CLEVELAND-Donald Trump", "DES MOINES — Ted Cruz". */
const DATELINE = /^\p{Lu}[\p{Lu}.]+(?:\s\p{Lu}[\p{Lu}.]+)*\s*[-\u2013\u2014]\s*(?=\p{Lu}\p{Ll})/u;
const POSSESSIVE = /['\u2019]s?$/;
const MAX_NAME_WORDS = 4;
/** Generation suffixes, the one kind of capitals a name holds ("Charles Keating IV"). */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|JR|SR)$/;
/** Prepositions that follow the head of a noun phrase ("Quill on Twitter", "Wren to Mara Quill"). */
const PREPOSITIONS = new Set(
  'to on for at in with from by against vs versus over after before about into than like via toward towards'.split(' '),
);

const NO_WORDS: ReadonlySet<string> = new Set();

const fold = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
// "al-Assad", "d'Estaing": a lower-case particle joined to a capitalised name word.
const GLUED = new RegExp(`^(?:\\p{Lu}|(?:${wordAlternatives(GLUED_PARTICLES)})['\u2019-]\\p{Lu})`, 'u');
const startsUpper = (t: string) => GLUED.test(t);
const lowerKey = (t: string) => fold(t).replace(/\.$/, '');

/** A word that describes rather than names: a title, a descriptor, a month or day, or a common word. */
function describes(token: string, commonWords: ReadonlySet<string>): boolean {
  const w = lowerKey(token);
  return (
    TITLES.has(fold(token)) ||
    TITLES.has(w) ||
    NAME_DESCRIPTORS.has(w) ||
    MONTHS_AND_WEEKDAYS.has(w) ||
    commonWords.has(w)
  );
}

const titleCase = (t: string) => t.charAt(0) + t.slice(1).toLowerCase();

/**
 * The name inside a person node's label: the last run of capitalised words (particles allowed inside),
 * without a dateline, a possessive, titles, descriptors, months or words the corpus writes in lower case
 * (`commonWords`: "Absent Trump", "Says Trump"). Null when no name is left ("presumptive Republican").
 */
export function cleanPersonName(label: string, commonWords: ReadonlySet<string> = new Set()): CleanName | null {
  const tokens = label.replace(DATELINE, '').replace(POSSESSIVE, '').split(/\s+/).filter(Boolean);
  // "of Quill", "for Mara Quill": a phrase cut after its preposition still names the person after it.
  while (tokens.length > 1 && (PREPOSITIONS.has(tokens[0]!) || tokens[0] === 'of')) tokens.shift();
  // "Ted Cruz of Texas": a place after "of" says where the person is from; the name is what comes before.
  const of = tokens.lastIndexOf('of');
  if (of > 0 && of < tokens.length - 1 && isPlaceName(tokens.slice(of + 1).map(lowerKey))) tokens.length = of;
  let start = tokens.length;
  while (start > 0) {
    const t = tokens[start - 1]!;
    const inside = NAME_PARTICLES.has(t) && start < tokens.length && start > 1 && startsUpper(tokens[start - 2]!);
    if (!startsUpper(t) && !inside) break;
    start--;
  }
  // "House Speaker Paul Ryan": a title inside the capitalised run ends what comes before the name; so does a
  // word in capitals among words that are not ("Navy SEAL Ty Woods", "Priorities USA"): names hold none.
  // An owner ends it too ("CNN's Jake Tapper"). After capitals or an owner, a name is first and last name:
  // one word left is part of an organisation's name ("Priorities USA Action", "MGM Grand").
  const mixedCase = tokens.some((t) => /\p{Ll}/u.test(t));
  for (let i = tokens.length - 1; i >= start; i--) {
    const t = tokens[i]!;
    const shouted = mixedCase && /^\p{Lu}{2,}$/u.test(t) && !ROMAN.test(t);
    const owner = i < tokens.length - 1 && /['\u2019]s$/.test(t);
    // Capitals at the end after a preposition are its object ("Fiorina at HP"): the head decides, below.
    if (shouted && i === tokens.length - 1 && tokens.some((x) => PREPOSITIONS.has(lowerKey(x)))) continue;
    if (shouted || owner || (i < tokens.length - 1 && (TITLES.has(lowerKey(t)) || TITLES.has(fold(t))))) {
      if ((shouted || owner) && tokens.length - (i + 1) < 2) return null;
      start = i + 1;
      break;
    }
  }
  while (start < tokens.length - 1 && describes(tokens[start]!, commonWords)) start++;
  if (start < tokens.length && describes(tokens[start]!, commonWords) && tokens.length - start === 1) return null;
  let name = tokens.slice(start);
  if (name.length === 0 || name.length > MAX_NAME_WORDS) return null;
  // "MARA QUILL" is folded; a lone acronym ("NBA") is not.
  if (name.every((t) => !/\p{Ll}/u.test(t)) && name.some((t) => t.length > 3)) name = name.map(titleCase);
  const prefix = tokens.slice(0, start);
  // Another name before this one, then a lower-case word: the phrase's head decides which name it is.
  // "Wren to Mara Quill", "Quill on Twitter": a preposition follows the head. "Wren blasts Quill",
  // "Wren slammed Quill" (headlines read as one noun phrase): a finite verb follows its subject. "Party
  // donor Oskar Lund": a noun describes the name after it. An owner ("Mara Quill's longtime confidant Oskar
  // Lund") introduces the role, not another name.
  const owner = prefix.findLastIndex((t) => POSSESSIVE.test(t));
  const other = prefix.findIndex((t, i) => i > owner && startsUpper(t) && !describes(t, commonWords));
  const linkAt = prefix.findIndex((t, i) => i > Math.max(other, owner) && !startsUpper(t) && !describes(t, NO_WORDS));
  const link = linkAt < 0 ? '' : lowerKey(prefix[linkAt]!);
  // "message to Mara Quill": a common noun heads it, and no name does.
  if (other < 0 && prefix.some((t) => PREPOSITIONS.has(lowerKey(t)))) return null;
  // "Star of David", "Bill of Rights": what comes before "of" heads the phrase, and it is no person.
  if (link === 'of') return null;
  if (other >= 0 && link && (PREPOSITIONS.has(link) || FINITE_VERB_FORM.test(link))) {
    const head = cleanPersonName(tokens.slice(0, linkAt).join(' '), commonWords);
    // "Paris to Cairo", "Iowa on Tuesday": the head is a place, not a person.
    if (!head || isPlaceName(head.words)) return null;
    const tail = name.length > 0 ? cleanPersonName(name.join(' '), commonWords) : null;
    return { ...head, joined: true, ...(tail ? { other: tail } : {}) };
  }
  const roleWords = (t: string) => /^[\p{L}.-]+$/u.test(t);
  const readsAsRole =
    prefix.length > 0 &&
    prefix.every(roleWords) &&
    (link !== '' || prefix.every((t) => !startsUpper(t) || describes(t, NO_WORDS)));
  const clean: CleanName = { words: name.map(lowerKey), label: name.join(' ') };
  if (readsAsRole) clean.role = prefix.join(' ');
  return clean;
}

/**
 * "Chamber of Commerce", "Centers for Disease Control": capitalised words joined by "of", "for" or "on" that
 * read as no person (cleanPersonName found none) name an organisation or a thing, not a person.
 */
export function isJoinedName(label: string): boolean {
  const words = label.split(' ');
  const at = words.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
  const capitalised = (w: string | undefined) => /^\p{Lu}/u.test(w ?? '');
  return at > 0 && words.slice(0, at).every(capitalised) && capitalised(words[at + 1]);
}

/**
 * A label made only of descriptions, with no name word in it ("presumptive Republican", "top Democrat",
 * "FULL TEXT"): every word is lower case, a title, a descriptor, a month or a word the corpus writes in
 * lower case. Such a source is described, not named.
 */
export function isDescriptionOnly(label: string, commonWords: ReadonlySet<string>): boolean {
  const tokens = label.split(/\s+/).filter((t) => /\p{L}/u.test(t));
  return tokens.length > 0 && tokens.every((t) => !startsUpper(t) || describes(t, commonWords));
}

/** Single-letter middle initials left out: "Donald J. Trump" and "Donald Trump" share these. */
export const withoutInitials = (words: readonly string[]): string[] =>
  words.filter((w, i) => i === 0 || i === words.length - 1 || w.replace(/\./g, '').length > 1);

/**
 * Capitalised words the corpus itself writes mostly in lower case ("absent", "says", "team"): at least
 * three lower-case uses and five times as many as capitalised ones inside sentences. Only `candidates`
 * are counted, in one pass over the texts.
 */
export function commonWordsIn(texts: Iterable<string>, candidates: ReadonlySet<string>): Set<string> {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  // A line's first word starts a sentence too ("Listen to …" under a story).
  const word = /([.!?:"\u201c\n]\s*)?\b([A-Za-z][a-z'\u2019-]*)\b/g;
  for (const text of texts) {
    for (const m of text.matchAll(word)) {
      const w = m[2]!;
      const key = w.toLowerCase();
      if (!candidates.has(key)) continue;
      if (w[0] === key[0]) lower.set(key, (lower.get(key) ?? 0) + 1);
      else if (!m[1] && m.index > 0) upper.set(key, (upper.get(key) ?? 0) + 1);
    }
  }
  const out = new Set<string>();
  for (const [w, n] of lower) if (n >= 3 && n >= 5 * (upper.get(w) ?? 0)) out.add(w);
  return out;
}

/**
 * A label that names a group, not a person: a human head ("Officials", "Others"), the plural of a title
 * ("Reporters", "Strategists") or of a descriptor ("Democrats", "Americans"), whatever comes before it
 * ("establishment Republicans", "Senate Democrats", "Quill supporters").
 */
export function isGroupLabel(label: string): boolean {
  // The head comes before a preposition: "Aides to Quill", "Supporters of Mara Quill".
  const all = label.split(/\s+/).map(lowerKey);
  const cut = all.findIndex((w, i) => i > 0 && (PREPOSITIONS.has(w) || w === 'of'));
  const words = cut > 0 ? all.slice(0, cut) : all;
  const last = words[words.length - 1] ?? '';
  const singular = last.endsWith('s') ? last.slice(0, -1) : '';
  return HUMAN_HEADS.has(last) || NAME_DESCRIPTORS.has(singular) || TITLES.has(singular) || last === 'others';
}

import { hasOrgHead, isPlaceName } from './entity-form';
import { CAPITALISED_WEEKDAYS, HUMAN_HEADS, ORG_HEADS, TITLES, wordAlternatives } from './words';

const TRAILING_WEEKDAY = new RegExp(`\\s(?:${wordAlternatives(CAPITALISED_WEEKDAYS)})$`);
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}.&'’-]*/gu;
const words = (s: string) => s.match(WORDS) ?? [];

/** A word's shape: "Xx", "X" (capitals), "x", "9" (digits), with a dot kept ("X.X."). */
function shape(w: string): string {
  return w
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\p{N}+/gu, '9')
    .slice(0, 6);
}

/** "Tollan 's" → "Tollan" (GUM's text spaces the possessive off); found by hand, not by a leading `\s*`. */
function withoutPossessive(name: string): string {
  const m = /['’]s?$/.exec(name);
  return m ? name.slice(0, m.index).trimEnd() : name;
}

/**
 * Features of a name for the learned typer, from the text alone so that training (on GUM's spans) and use
 * (on the extractor's) compute them the same way: the name's words, its first and last word, their shapes
 * and endings, the word before and after, and what the word lists say (place, organisation head, title).
 * `rule` is the type the extractor's rules gave the name, so the model learns when to trust them.
 */
export function typerFeatures(text: string, start: number, end: number, rule?: string): string[] {
  // "said Mara Quill Wednesday": the extractor's span keeps the clause's weekday; GUM's names never do.
  const weekday = TRAILING_WEEKDAY.exec(text.slice(start, end));
  if (weekday) end -= weekday[0].length;
  const name = withoutPossessive(text.slice(start, end).replace(/^(the|a|an)\s+/i, ''));
  const ws = words(name);
  const lower = ws.map((w) => w.toLowerCase());
  const first = lower[0] ?? '';
  const last = lower.at(-1) ?? '';
  const before = words(text.slice(Math.max(0, start - 40), start)).slice(-2);
  const after = words(text.slice(end, end + 30))[0] ?? '';
  const f = [
    'bias',
    `first=${first}`,
    `last=${last}`,
    `last3=${last.slice(-3)}`,
    `n=${Math.min(ws.length, 4)}`,
    `shape=${ws.map(shape).join(' ').slice(0, 12)}`,
    `prev=${(before.at(-1) ?? '<s>').toLowerCase()}`,
    `prev2=${(before.at(-2) ?? '<s>').toLowerCase()}`,
    `next=${after.toLowerCase()}`,
    `the=${/^the\s/i.test(text.slice(start, end))}`,
  ];
  for (const w of lower) f.push(`w=${w}`);
  if (lower.includes('of')) f.push('of');
  if (isPlaceName(lower)) f.push('place-list');
  if (lower.some((w) => isPlaceName([w]))) f.push('place-word');
  if (hasOrgHead(lower)) f.push('org-head');
  if (lower.some((w) => ORG_HEADS.has(w))) f.push('org-word');
  if (TITLES.has(first) || HUMAN_HEADS.has(first)) f.push('title-first');
  if (rule) f.push(`rule=${rule}`, `rule=${rule}:${Math.min(ws.length, 3)}`);
  return f;
}

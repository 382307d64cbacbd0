import type { Entity, Mention } from './entity';
import type { Retyping } from './retype-entities';

// "…, also known as ISIS or ISIL", "(also called Daesh)", "a.k.a. El Chapo": the article names an entity again.
const KNOWN_AS = /^\s*[,(]\s*(?:(?:also|better|formerly|widely|commonly)\s+)?(?:known\s+as|called|aka|a\.k\.a\.)\s+/i;
// "the Islamic State (ISIS)": an acronym in brackets right after the name.
const BRACKETED_ACRONYM = /^\s*\(\s*(\p{Lu}[\p{Lu}.&]{1,7})\s*\)/u;
const CAPITALISED = /^\p{Lu}/u;
const MAX_NAME_WORDS = 5;

/** The other names the text gives right after a mention, in order; none when it gives none. */
export function namesGivenAfter(text: string, end: number): string[] {
  // Asked after every mention: most are followed by neither a comma nor a bracket, and need no slice.
  let at = end;
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] !== ',' && text[at] !== '(') return [];
  // Within one line: a name never runs on into the next paragraph.
  const line = text.slice(end, end + 200).split('\n', 1)[0]!;
  const acronym = BRACKETED_ACRONYM.exec(line);
  if (acronym) return [acronym[1]!.replace(/\.$/, '')];
  const lead = KNOWN_AS.exec(line);
  return lead ? nameList(line.slice(lead[0].length).split(/[ \t]+/)) : [];
}

/** "ISIS, ISIL or Daesh, …": capitalised names split by commas, "or" and "and", up to other words. */
function nameList(words: readonly string[]): string[] {
  const out: string[] = [];
  let name: string[] = [];
  const close = () => {
    if (name.length > 0 && name.length <= MAX_NAME_WORDS) out.push(name.join(' '));
    name = [];
  };
  for (const raw of words) {
    let word = raw;
    while (word.length > 0 && '.,;:)'.includes(word[word.length - 1]!)) word = word.slice(0, -1);
    const stop = word.length < raw.length && !raw.endsWith(',');
    if ((word === 'or' || word === 'and') && (name.length > 0 || out.length > 0)) {
      close();
      continue;
    }
    if (word === 'the' && name.length === 0) continue;
    if (!CAPITALISED.test(word)) break;
    name.push(word);
    if (raw.endsWith(',') || stop) close();
    if (stop) break;
  }
  close();
  return out;
}

/**
 * Names an article gives its organisations and outlets ("the Islamic State, also known as ISIS or ISIL";
 * "the Islamic State (ISIS)"): each becomes an alias of the entity, and an entity of the article under that
 * name joins it. `current` gives a mention's entity as the earlier steps left it.
 */
export function knownAsMerges(
  text: string,
  mentions: Iterable<Mention>,
  entities: ReadonlyMap<string, Entity>,
  current: (m: Mention) => Entity | undefined,
): Map<string, Retyping> {
  const byLabel = new Map<string, Entity>();
  for (const e of entities.values()) if (!e.anonymous) byLabel.set(e.label.toLowerCase(), e);
  const merges = new Map<string, Retyping>();
  const targets = new Set<string>();
  for (const m of mentions) {
    const names = namesGivenAfter(text, m.end);
    if (names.length === 0) continue;
    const e = current(m);
    if (!e || e.anonymous || (e.kind !== 'organization' && e.kind !== 'outlet')) continue;
    for (const name of names) {
      if (name === e.label) continue;
      e.aliases.add(name);
      const other = byLabel.get(name.toLowerCase());
      // A person is never another name of an organisation. One step only: no entity both joins and is
      // joined, so the first naming wins ("A, also known as B … B, also known as A" stays A).
      if (!other || other === e || other.kind === 'person' || merges.has(e.key) || targets.has(other.key)) continue;
      merges.set(other.key, { kind: e.kind, key: e.key });
      targets.add(e.key);
    }
  }
  return merges;
}

import type { NodeAttributes, SourcetraceGraph } from '../model';
import { nodeKey } from '../model';
import { mergeNodesInto } from './merge-nodes';
import {
  cleanPersonName,
  commonWordsIn,
  isDescriptionOnly,
  isGroupLabel,
  isJoinedName,
  withoutInitials,
  type CleanName,
} from './person-names';

/** A surname or first name alone joins the person holding at least this share of the candidates' edges. */
const SALIENCE_SHARE = 0.8;

interface Person {
  key: string;
  degree: number;
  clean: CleanName;
}

const isNamedPerson = (a: NodeAttributes) => a.kind === 'person' && !a.anonymous;
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** "Democrats", "Reporters": a group source, unnamed like "officials", never one person to merge into. */
function markGroups(graph: SourcetraceGraph): void {
  graph.forEachNode((key, a) => {
    if (a.kind === 'person' && !a.anonymous && isGroupLabel(a.label))
      graph.mergeNodeAttributes(key, { anonymous: true, role: a.role ?? a.label });
  });
}

/**
 * "Wren blasts Quill" reads as Wren, unless the article's own later mentions went to it under the other
 * name (its aliases say "Quill" and never "Wren"): then the node stands for Quill.
 */
function readJoined(clean: CleanName | null, aliases: readonly string[]): CleanName | null {
  if (!clean?.joined || !clean.other) return clean;
  const names = (c: CleanName, alias: string) => alias.split(/\s+/).every((w) => c.words.includes(w.toLowerCase()));
  const forOther = aliases.filter((a) => names(clean.other!, a)).length;
  const forHead = aliases.filter((a) => names(clean, a)).length;
  return forOther > forHead ? { ...clean.other, joined: true } : clean;
}

const INITIAL = /^\p{L}\.?$/u;

/** "F. Kerry", "J. R. Lund": initials and a surname are a surname alone, resolved like "Kerry". */
function initialsOnly(clean: CleanName | null): CleanName | null {
  if (!clean || clean.words.length < 2 || !clean.words.slice(0, -1).every((w) => INITIAL.test(w))) return clean;
  return { ...clean, words: clean.words.slice(-1) };
}

/** Every named person with a clean name; words the corpus writes in lower case are not name words. */
function cleanPersons(graph: SourcetraceGraph): Person[] {
  const keys = graph.filterNodes((_k, a) => isNamedPerson(a)).sort();
  const candidates = new Set<string>();
  for (const k of keys)
    for (const t of graph.getNodeAttribute(k, 'label').split(/\s+/)) candidates.add(t.toLowerCase());
  const texts: string[] = [];
  graph.forEachNode((_k, a) => {
    if (a.kind === 'article') texts.push(a.text);
  });
  const common = commonWordsIn(texts, candidates);
  const out: Person[] = [];
  const cleaned = keys.map((key) => {
    const label = graph.getNodeAttribute(key, 'label');
    return {
      key,
      label,
      clean: initialsOnly(readJoined(cleanPersonName(label, common), graph.getNodeAttribute(key, 'aliases'))),
    };
  });
  const firstWords = new Map<string, Set<string>>();
  // First names: first words of two-word-or-longer names that end in a surname, not in a word the corpus
  // writes in lower case ("Islamic Terrorism" says nothing about "Islamic" as a first name).
  for (const { clean } of cleaned)
    if (clean && clean.words.length >= 2 && !common.has(clean.words.at(-1)!))
      firstWords.set(clean.words[0]!, (firstWords.get(clean.words[0]!) ?? new Set()).add(clean.words.join(' ')));
  // Typed an organisation often enough not to be one article's slip ("group Barack Obama").
  const orgTyped = (name: string, personDegree: number) => {
    const org = nodeKey('organization', name);
    return graph.hasNode(org) && graph.degree(org) >= ORG_TYPED_SHARE * personDegree;
  };
  for (const { key, label, clean } of cleaned) {
    // "Islamic State" typed a person here and an organisation elsewhere, and "Islamic" starts no other
    // person's name (other forms of this one aside): the organisation it is.
    const orgNamed =
      clean !== null &&
      clean.words.length >= 2 &&
      [...(firstWords.get(clean.words[0]!) ?? [])].every((name) => name === clean.words.join(' ')) &&
      orgTyped(clean.label, graph.degree(key));
    if (clean && !ACRONYM_NAME.test(clean.label) && !orgNamed) out.push({ key, degree: graph.degree(key), clean });
    // "presumptive Republican", "FULL TEXT": a described source, like "officials", never a name to merge into.
    else if (!clean && isDescriptionOnly(label, common))
      graph.updateNodeAttributes(key, (a) =>
        a.kind === 'person' ? { ...a, anonymous: true, role: a.role ?? label } : a,
      );
    else if (orgNamed) retypeAsOrganization(graph, key, clean.label);
    else if (clean || HOLDS_CAPITALS.test(` ${label} `) || isJoinedName(label)) retypeAsOrganization(graph, key);
  }
  return out;
}

// "NBA", "Priorities USA": an acronym, or capitals no person's name holds, name an organisation.
const ACRONYM_NAME = /^\p{Lu}{2,}$/u;
const HOLDS_CAPITALS = /\s(?!(?:II|III|IV|JR|SR)\s)\p{Lu}{2,}\s/u;

/** The person node becomes (or joins) the organisation of that name; its edges and names move with it. */
function retypeAsOrganization(graph: SourcetraceGraph, key: string, name?: string): void {
  const label = name ?? graph.getNodeAttribute(key, 'label');
  const to = nodeKey('organization', label);
  if (!graph.hasNode(to)) graph.addNode(to, { kind: 'organization', label, aliases: [], anonymous: false });
  mergeNodesInto(graph, [key], to);
}

/** People sharing first and last name: one group, unless their middle names or initials disagree. */
function fullNameGroups(people: readonly Person[]): Person[][] {
  const byFirstLast = new Map<string, Person[]>();
  for (const p of people) {
    const w = withoutInitials(p.clean.words);
    if (w.length < 2) continue;
    const id = `${w[0]} ${w[w.length - 1]}`;
    byFirstLast.set(id, [...(byFirstLast.get(id) ?? []), p]);
  }
  const groups: Person[][] = [];
  for (const members of byFirstLast.values()) {
    const middles = new Set(members.map((p) => p.clean.words.slice(1, -1).join(' ')).filter(Boolean));
    if (middles.size <= 1) groups.push(members);
    else {
      // "George W. Bush" and "George H. W. Bush": only the same full name meets.
      const exact = new Map<string, Person[]>();
      for (const p of members) exact.set(p.clean.words.join(' '), [...(exact.get(p.clean.words.join(' ')) ?? []), p]);
      groups.push(...exact.values());
    }
  }
  return groups;
}

const weight = (g: readonly Person[]) => g.reduce((s, p) => s + p.degree, 0);

/** How much heavier a full name must be to take a longer or partial form of it. */
const FOLD_RATIO = 4;
/** How connected, against the person node, an organisation of the same name must be to retype it. */
const ORG_TYPED_SHARE = 0.1;

/**
 * Forms of a full name that the first/last grouping misses fold into it when it is far more connected:
 * a name after one or two words that are nobody's first name ("State Hillary Clinton", "Crooked Hillary
 * Clinton", where "Secretary of" or an epithet was cut badly), and a middle and last name alone ("Rodham
 * Clinton" for "Hillary Rodham Clinton"). "John Paul Jones" stays: "John" is a first name in the corpus.
 */
function foldPartialForms(groups: readonly Person[][]): Person[][] {
  const wordsOf = (p: Person) => withoutInitials(p.clean.words);
  const firstNames = new Set(
    groups.flatMap((g) =>
      g
        .map(wordsOf)
        .filter((w) => w.length === 2)
        .map((w) => w[0]!),
    ),
  );
  const byFirstLast = new Map<string, Person[]>();
  // The heaviest group holding a name (then key order), so the choice does not hang on node order.
  const better = (a: Person[] | undefined, b: Person[]) =>
    !a || weight(b) > weight(a) || (weight(b) === weight(a) && byKey(b[0]!, a[0]!) < 0) ? b : a;
  for (const g of groups)
    for (const w of g.map(wordsOf)) {
      const id = `${w[0]} ${w.at(-1)}`;
      byFirstLast.set(id, better(byFirstLast.get(id), g));
    }
  const byLastTwo = new Map<string, Person[]>();
  for (const g of groups)
    for (const w of g.map(wordsOf).filter((x) => x.length > 2)) {
      const id = w.slice(-2).join(' ');
      byLastTwo.set(id, better(byLastTwo.get(id), g));
    }
  const heavier = (g: readonly Person[], h: Person[] | undefined) =>
    h && h !== g && weight(h) >= FOLD_RATIO * weight(g) ? h : undefined;
  const target = new Map<Person[], Person[]>();
  for (const g of groups) {
    const w = wordsOf(g[0]!);
    let into: Person[] | undefined;
    for (let k = 1; k <= 2 && k <= w.length - 2 && !into; k++) {
      if (w.slice(0, k).some((x) => firstNames.has(x))) break;
      into = heavier(g, byFirstLast.get(`${w[k]} ${w.at(-1)}`));
    }
    if (!into && w.length === 2) into = heavier(g, byLastTwo.get(w.join(' ')));
    if (into) target.set(g, into);
  }
  // Follow chains to the end, then join each group to its target.
  const root = (g: Person[]): Person[] => {
    let r = g;
    for (let i = 0; i < 4 && target.has(r); i++) r = target.get(r)!;
    return r;
  };
  const joined = new Map<Person[], Person[]>();
  for (const g of groups) {
    const r = root(g);
    joined.set(r, [...(joined.get(r) ?? []), ...g]);
  }
  return [...joined.values()];
}

/** The group a one-word name means: the salient holder of that surname, else of that first name. */
function salientGroup(word: string, groups: readonly Person[][]): Person[] | undefined {
  for (const position of ['last', 'first'] as const) {
    const named = groups.filter((g) => {
      const w = g[0]!.clean.words;
      return (position === 'last' ? w[w.length - 1] : w[0]) === word;
    });
    if (named.length === 0) continue;
    const total = named.reduce((s, g) => s + weight(g), 0);
    const best = [...named].sort((a, b) => weight(b) - weight(a) || byKey(a[0]!, b[0]!))[0]!;
    return weight(best) >= SALIENCE_SHARE * total ? best : undefined;
  }
  return undefined;
}

/** The node a group folds into (most edges, then key order) and the label it shows: the fullest clean form. */
function representative(group: readonly Person[]): { key: string; clean: CleanName } {
  const [keep] = [...group].sort((a, b) => b.degree - a.degree || byKey(a, b));
  // The fullest form that starts like the kept one: "Hillary Rodham Clinton", not "Vermonter Bernie Sanders".
  const fullest = [...group]
    .filter((p) => p.clean.words[0] === keep!.clean.words[0] || group.length === 1)
    .sort((a, b) => b.clean.words.length - a.clean.words.length || b.degree - a.degree || byKey(a, b))[0]!;
  return { key: keep!.key, clean: fullest.clean };
}

function relabel(graph: SourcetraceGraph, key: string, clean: CleanName, roles: readonly (string | undefined)[]): void {
  graph.updateNodeAttributes(key, (a) => {
    if (a.kind !== 'person') return a;
    const aliases = a.label === clean.label ? a.aliases : [...new Set([...a.aliases, a.label])].sort();
    const role = a.role ?? roles.find(Boolean);
    return { ...a, label: clean.label, aliases: aliases.filter((x) => x !== clean.label), ...(role ? { role } : {}) };
  });
}

/**
 * "Quill-Wren" where both halves are other people's surnames ("the Quill-Wren debate"): two people named
 * together, a described pair, not one person. Double-barrelled surnames whose halves name nobody stay.
 */
function markPairs(
  graph: SourcetraceGraph,
  people: readonly Person[],
  groups: readonly Person[][],
  grouped: ReadonlySet<string>,
): Set<string> {
  const surnames = new Set(groups.map((g) => g[0]!.clean.words.at(-1)!));
  const pairs = new Set<string>();
  for (const p of people) {
    const halves = p.clean.words.length === 1 ? p.clean.words[0]!.split('-') : [];
    if (grouped.has(p.key) || halves.length !== 2 || !halves.every((h) => surnames.has(h))) continue;
    graph.updateNodeAttributes(p.key, (a) =>
      a.kind === 'person' ? { ...a, anonymous: true, role: a.role ?? a.label } : a,
    );
    pairs.add(p.key);
  }
  return pairs;
}

const SHOUTED = /^\p{Lu}{3,}$/u;
/** A word of a clean person name: capitalised with lower case after ("O'Malley", "al-Assad"), or an initial. */
const PERSON_NAME_WORD = /^(?:\p{Lu}\.|(?:\p{Ll}{1,3}['\u2019-])?\p{Lu}\p{Ll}[\p{L}'\u2019-]*\.?)$/u;

/**
 * "OBAMA", "CLINTON" (a transcript's speaker label, a header in capitals), read as an organisation or a
 * person, and a surname typed an organisation: the salient person with that surname, when one holds 80 % of the edges of those who carry it.
 * Acronyms ("NATO") name nobody and stay.
 */
function foldShoutedSurnames(graph: SourcetraceGraph): number {
  const byName = { last: new Map<string, string[]>(), first: new Map<string, string[]>() };
  graph.forEachNode((key, a) => {
    if (!isNamedPerson(a)) return;
    const w = a.label.split(/\s+/);
    // Owners are clean names only ("Mara Quill"), never phrases that end in an acronym ("Sunday on NBC").
    if (w.length >= 2 && w.every((t) => PERSON_NAME_WORD.test(t))) {
      for (const [map, word] of [
        [byName.last, w[w.length - 1]!],
        [byName.first, w[0]!],
      ] as const)
        map.set(word.toLowerCase(), [...(map.get(word.toLowerCase()) ?? []), key]);
    }
  });
  const plan: [string, string][] = [];
  graph.forEachNode((key, a) => {
    if ((a.kind !== 'person' && a.kind !== 'organization') || a.anonymous) return;
    // "Clinton" typed an organisation by its context ("campaign Clinton"): the surname, when its holder is
    // far more connected than the organisation ("Ford" the carmaker, cited on its own, stays).
    const mistyped = a.kind === 'organization' && PERSON_NAME_WORD.test(a.label) && !/\s/.test(a.label);
    if (!SHOUTED.test(a.label) && !mistyped) return;
    // A surname first ("OBAMA"), then a first name ("BERNIE"), as for a lone name in lower case.
    const word = a.label.toLowerCase();
    const owners = byName.last.get(word) ?? byName.first.get(word) ?? [];
    const total = owners.reduce((n, k) => n + graph.degree(k), 0);
    const best = [...owners].sort((x, y) => graph.degree(y) - graph.degree(x) || (x < y ? -1 : 1))[0];
    if (!best || graph.degree(best) < SALIENCE_SHARE * total) return;
    if (SHOUTED.test(a.label) || graph.degree(best) >= FOLD_RATIO * graph.degree(key)) plan.push([key, best]);
  });
  for (const [from, to] of plan) mergeNodesInto(graph, [from], to);
  return plan.length;
}

/**
 * "Barack Obama" typed an organisation by one article's context ("group Barack Obama"), beside a person of
 * that full name far more connected: the person it is (the reverse, a name mostly typed an organisation,
 * is decided in cleanPersons).
 */
function foldPeopleTypedOrganizations(graph: SourcetraceGraph): number {
  const people = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (isNamedPerson(a) && /\s/.test(a.label)) people.set(a.label.toLowerCase(), key);
  });
  const plan: [string, string][] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'organization' || a.anonymous) return;
    const person = people.get(a.label.toLowerCase());
    if (person && graph.degree(person) >= FOLD_RATIO * graph.degree(key)) plan.push([key, person]);
  });
  for (const [from, to] of plan) mergeNodesInto(graph, [from], to);
  return plan.length;
}

/**
 * One node per person across the corpus. Labels lose what is not the name (titles and descriptors go
 * to `role`); people with the same first and last name meet (middle initials only when they agree); a
 * surname or first name alone joins its salient holder in the corpus, or stays apart when none holds
 * 80 % of the candidates' edges. Every decision is read from the graph before anything merges, so
 * the result does not depend on the order articles came in. Returns how many nodes were folded.
 */
export function mergePersons(graph: SourcetraceGraph): number {
  markGroups(graph);
  const people = cleanPersons(graph);
  const groups = foldPartialForms(fullNameGroups(people));
  const plan = new Map<string, Person[]>();
  for (const g of groups) plan.set(representative(g).key, [...g]);
  const grouped = new Set(groups.flat().map((p) => p.key));
  const pairs = markPairs(graph, people, groups, grouped);
  for (const p of people) {
    if (grouped.has(p.key) || pairs.has(p.key) || p.clean.words.length !== 1) continue;
    const g = salientGroup(p.clean.words[0]!, groups);
    if (g) plan.get(representative(g).key)!.push(p);
    else plan.set(p.key, [p]);
  }
  let merged = 0;
  for (const [key, members] of [...plan].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const { clean } = representative(members.filter((m) => grouped.has(m.key) || members.length === 1));
    const others = members.map((m) => m.key).filter((k) => k !== key);
    // "Wren blasts Quill" read as Wren leaves no alias naming Quill: a search for Quill must not find Wren.
    for (const m of members) if (m.clean.joined) graph.setNodeAttribute(m.key, 'label', m.clean.label);
    relabel(
      graph,
      key,
      clean,
      members.map((m) => m.clean.role),
    );
    mergeNodesInto(graph, others, key);
    merged += others.length;
  }
  return merged + foldShoutedSurnames(graph) + foldPeopleTypedOrganizations(graph);
}

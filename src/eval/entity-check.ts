import { NAME_PARTICLES, ORG_HEADS, PLAIN_DATE_WORDS, TITLE_ABBREVIATIONS, wordAlternatives } from '../extract';
import type { NodeAttributes, SourcetraceGraph } from '../model';

/** One entity the check looks for: see data/eval/entities.json. */
export interface CheckedEntity {
  name: string;
  kind: 'person' | 'organization';
  forms: string[][];
  unless: string[];
}

export interface EntityRow {
  name: string;
  /** Nodes naming the entity, and their edges. */
  nodes: number;
  edges: number;
  /** The node with most edges: its label and kind, and its share of the edges. */
  main: string;
  mainKind: string;
  share: number;
  /** One node of the right kind holding at least 95 % of the edges. */
  ok: boolean;
  /** The other nodes naming it, most connected first (at most eight): where the split is. */
  others: { label: string; kind: string; degree: number }[];
}

export interface EntityReport {
  rows: EntityRow[];
  persons: number;
  malformed: number;
  malformedExamples: string[];
  /** Top nodes by degree (people, organisations, outlets, documents) that are not names. */
  topChecked: number;
  nonNames: string[];
}

const words = (s: string): string[] =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

// The check has known the courtesy and political abbreviations only ("Lt. Derek Hollis" passes): unchanged for now.
const CHECKED = TITLE_ABBREVIATIONS.filter((a) => !['capt', 'col', 'lt', 'maj', 'prof', 'rev', 'sgt'].includes(a));
/** Title abbreviations, and the "s" of a possessive: word pieces that are no name ("Mr. Trump's"). */
const HONORIFICS = new Set([...CHECKED, 's']);

/**
 * A node names the entity when its label holds one of the entity's forms, or when an alias is nothing but
 * the entity's name ("Trump", "Mr. Trump" on a node labelled otherwise: a split or a wrong merge). An alias
 * that only mentions it ("Donald Trump's longtime confidant Roger Stone") does not make the node the entity.
 */
const matches = (attrs: NodeAttributes, e: CheckedEntity): boolean => {
  const label = new Set(words(attrs.label));
  if (e.unless.some((w) => label.has(w))) return false;
  const heldForm = (have: ReadonlySet<string>) => e.forms.find((form) => form.every((w) => have.has(w)));
  const holdsForm = (have: ReadonlySet<string>) => heldForm(have) !== undefined;
  const form = heldForm(label);
  // A namesake holds the name in its label, and its own surname alias is no sign of a wrong merge.
  if (form) {
    if (attrs.kind !== 'person' && namesAnotherBody(label, form)) return false;
    return !(e.kind === 'person' && attrs.kind === 'person' && isNamesake(attrs.label, e));
  }
  const nameWords = new Set([...words(e.name), ...e.forms.flat()]);
  return attrs.aliases.some((alias) => {
    const w = words(alias).filter((x) => !HONORIFICS.has(x) && x.length > 1);
    return w.length > 0 && w.every((x) => nameWords.has(x)) && holdsForm(new Set(w));
  });
};

/**
 * A body named after the entity: the label has, besides the form it holds, a word that heads an
 * organisation's name ("Clinton Foundation", "Clinton White House", "RNC Rules Committee"). It is another
 * entity, as "Clinton campaign" is, not a split of this one.
 */
function namesAnotherBody(label: ReadonlySet<string>, form: readonly string[]): boolean {
  for (const w of label) if (!form.includes(w) && ORG_HEADS.has(w)) return true;
  return false;
}

/**
 * Another person who shares a name with the entity ("Earl Warren", "Ryan Lochte" for Paul Ryan, "Chelsea
 * Clinton"): a label of two or more name words without the entity's first name. A day or month glued on
 * ("Quill Wednesday") is no name word, so such a label still counts as a split of the entity.
 */
function isNamesake(label: string, e: CheckedEntity): boolean {
  const first = words(e.name)[0];
  const named = words(label).filter((w) => !HONORIFICS.has(w) && w.length > 1 && !PLAIN_DATE_WORDS.has(w));
  return named.length >= 2 && first !== undefined && !named.includes(first);
}

/** A name particle as a label may write it: "de", "St.", "al-" (GUM's spaced "al- Assad"). */
const isParticle = (t: string) => NAME_PARTICLES.has(t.replace(/[.-]$/, ''));
const LEADING_TITLES = new RegExp(
  `^(?:${wordAlternatives([...CHECKED, 'president', 'senator', 'governor', 'sir'])})\\.?\\s`,
  'i',
);

/**
 * Why a person's label is not a clean name, or null: a lower-case word that is no particle, a possessive,
 * an all-capitals word, digits, a month or day, a title, or punctuation names do not carry.
 */
export function malformedPersonLabel(label: string): string | null {
  const tokens = label.split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return 'empty';
  if (LEADING_TITLES.test(label)) return 'title';
  if (/['’]s?$/.test(label) || /['’]s\s/.test(label)) return 'possessive';
  if (/\d/.test(label)) return 'digits';
  if (/[^\p{L}\s.'’-]/u.test(label)) return 'punctuation';
  for (const t of tokens) {
    // "al-Assad": a particle joined to a capitalised name word is part of the name.
    if (/^\p{Ll}/u.test(t) && !isParticle(t) && !/^\p{Ll}{1,3}['\u2019-]\p{Lu}/u.test(t)) return 'lower-case word';
    if (/^\p{Lu}{3,}$/u.test(t) && !/^[IVX]+$/.test(t)) return 'all capitals';
    if (PLAIN_DATE_WORDS.has(t.toLowerCase())) return 'month or day';
  }
  return null;
}

/** Groups and generic words that are never one person, organisation or outlet. */
const GROUP_WORDS = new Set(
  `democrats republicans conservatives liberals progressives independents americans voters reporters others
  officials critics supporters candidates strategists analysts experts people press tv today abstract text
  media news report sources`.split(/\s+/),
);

function nonName(attrs: NodeAttributes): boolean {
  const lower = attrs.label.toLowerCase();
  const w = words(attrs.label);
  if (attrs.kind === 'document') return /\d|percent/.test(lower) || w.every((x) => GROUP_WORDS.has(x));
  if (w.length > 0 && w.every((x) => GROUP_WORDS.has(x) || x === 'full')) return true;
  if (attrs.kind === 'person') return malformedPersonLabel(attrs.label) !== null;
  return false;
}

const isNamedKind = (a: NodeAttributes) =>
  (a.kind === 'person' || a.kind === 'organization') && !(a as { anonymous?: boolean }).anonymous;

/**
 * The entity check of issue 13 on a built corpus graph: for each listed entity, how many nodes name it and
 * how much of its edges the main one holds; how many person labels are malformed; which of the `top` most
 * connected people, organisations, outlets and documents are not names at all.
 */
export function checkEntities(graph: SourcetraceGraph, entities: readonly CheckedEntity[], top = 500): EntityReport {
  const rows = entities.map((e): EntityRow => {
    // Named people, organisations and outlets only: a described group ("Quill supporters") or a document
    // ("Quill's tweet") that carries the name is another entity, not a split of this one.
    const found = graph
      .filterNodes((_k, a) => (isNamedKind(a) || a.kind === 'outlet') && matches(a, e))
      .map((k) => ({ k, degree: graph.degree(k), attrs: graph.getNodeAttributes(k) }))
      .sort((a, b) => b.degree - a.degree || (a.k < b.k ? -1 : 1));
    const edges = found.reduce((s, f) => s + f.degree, 0);
    const main = found[0];
    const share = main && edges ? main.degree / edges : 0;
    return {
      name: e.name,
      nodes: found.length,
      edges,
      main: main?.attrs.label ?? '',
      mainKind: main?.attrs.kind ?? '',
      share,
      ok: !!main && main.attrs.kind === e.kind && share >= 0.95,
      others: found.slice(1, 9).map((f) => ({ label: f.attrs.label, kind: f.attrs.kind, degree: f.degree })),
    };
  });
  const persons = graph.filterNodes((_k, a) => a.kind === 'person' && isNamedKind(a));
  const bad = persons.filter((k) => malformedPersonLabel(graph.getNodeAttribute(k, 'label')) !== null);
  const ranked = graph
    .filterNodes((_k, a) => isNamedKind(a) || a.kind === 'outlet' || a.kind === 'document')
    .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))
    .slice(0, top);
  return {
    rows,
    persons: persons.length,
    malformed: bad.length,
    malformedExamples: bad
      .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1))
      .slice(0, 12)
      .map((k) => graph.getNodeAttribute(k, 'label')),
    topChecked: ranked.length,
    nonNames: ranked.filter((k) => nonName(graph.getNodeAttributes(k))).map((k) => graph.getNodeAttribute(k, 'label')),
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The report as a plain-text table for the terminal. */
export function entityReportText(r: EntityReport): string {
  const lines = [
    '| entity | nodes | edges | main node (kind) | main share | one node ≥ 95 % |',
    '|---|---|---|---|---|---|',
  ];
  for (const row of r.rows)
    lines.push(
      `| ${row.name} | ${row.nodes} | ${row.edges} | ${row.main} (${row.mainKind}) | ${pct(row.share)} | ${row.ok ? 'yes' : 'no'} |`,
    );
  lines.push('');
  for (const row of r.rows.filter((x) => !x.ok && x.others.length > 0))
    lines.push(`${row.name}, other nodes: ${row.others.map((o) => `${o.label} (${o.kind}, ${o.degree})`).join('; ')}`);
  lines.push(`entities as one node: ${r.rows.filter((x) => x.ok).length} of ${r.rows.length}`);
  lines.push(
    `malformed person labels: ${r.malformed} of ${r.persons} (${pct(r.persons ? r.malformed / r.persons : 0)}); e.g. ${r.malformedExamples.join('; ')}`,
  );
  lines.push(
    `non-names in the top ${r.topChecked} by degree: ${r.nonNames.length}: ${r.nonNames.slice(0, 25).join('; ')}`,
  );
  return lines.join('\n') + '\n';
}

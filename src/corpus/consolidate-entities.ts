import { ACRONYM_SKIPS, COUNTRIES, normaliseName, PLAIN_DATE_WORDS } from '../extract';
import type { NodeAttributes, SourcetraceGraph } from '../model';
import { upsertNode } from '../model';
import { mergeNodeInto } from './merge-nodes';
import { mergePersons } from './merge-persons';
import type { OutletDirectory } from './outlet-directory';

const names = (a: NodeAttributes): string[] => [
  a.label,
  ...a.aliases,
  ...(a.kind === 'outlet' && a.domain ? [a.domain] : []),
];
const isNamed = (a: NodeAttributes): boolean => a.kind === 'organization' && !a.anonymous;
const words = (name: string): string[] => normaliseName(name).split(' ').filter(Boolean);

/** Outlets: any name in the gazetteer → its entry; a short name → the one matching outlet present. */
function outletTarget(graph: SourcetraceGraph, key: string, attrs: NodeAttributes, dir: OutletDirectory) {
  for (const name of names(attrs)) {
    const entry = dir.byName(name);
    if (entry) return { key: dir.keyOf(entry), entry };
  }
  const present = dir.byShortName(attrs.label).filter((e) => graph.hasNode(dir.keyOf(e)) && dir.keyOf(e) !== key);
  return present.length === 1 ? { key: dir.keyOf(present[0]!), entry: present[0]! } : undefined;
}

function mergeOutlets(graph: SourcetraceGraph, dir: OutletDirectory): number {
  let merged = 0;
  for (const key of graph.filterNodes((_k, a) => a.kind === 'outlet')) {
    if (!graph.hasNode(key)) continue;
    const target = outletTarget(graph, key, graph.getNodeAttributes(key), dir);
    if (!target || target.key === key) continue;
    const { entry } = target;
    upsertNode(graph, target.key, {
      kind: 'outlet',
      label: entry.name,
      aliases: [],
      ...(entry.domain ? { domain: entry.domain } : {}),
    });
    mergeNodeInto(graph, key, target.key);
    merged++;
  }
  return merged;
}

/**
 * An organisation's name without what describes it: lower-case words, numbers and days before it
 * ("pro-business Supreme Court", "recall of three State Supreme Court", "Monday's Supreme Court") and a
 * trailing possessive.
 * Null when nothing capitalised is left.
 */
export function cleanOrganizationName(label: string): string | null {
  const tokens = label
    .replace(/['\u2019]s?$/, '')
    .split(/\s+/)
    .filter(Boolean);
  let start = 0;
  // "20,000 Democratic National Committee", "Monday's Supreme Court": a number or a day before the name.
  // (A person's possessive stays: "Clinton's State Department" may be a node of its own making.)
  const lead = (t: string) =>
    !/^[\p{Lu}\d]/u.test(t) || /^[\d,.]+$/.test(t) || PLAIN_DATE_WORDS.has(t.replace(/['\u2019]s$/, '').toLowerCase());
  while (start < tokens.length - 1 && lead(tokens[start]!)) start++;
  if (start === tokens.length - 1 && !/^[\p{Lu}\d]/u.test(tokens[start]!)) start++;
  return start < tokens.length ? tokens.slice(start).join(' ') : null;
}

/**
 * Organisations: a full name (two words or more) shared by two nodes makes them one, compared without the
 * words that describe it; the node shows the clean name and keeps the described forms as aliases.
 */
function mergeOrganizations(graph: SourcetraceGraph): number {
  const keys = graph.filterNodes((_k, a) => isNamed(a)).sort();
  for (const key of keys) {
    const label = graph.getNodeAttribute(key, 'label');
    const clean = cleanOrganizationName(label);
    if (clean && clean !== label)
      graph.updateNodeAttributes(key, (a) => ({
        ...a,
        label: clean,
        aliases: [...new Set([...a.aliases, label])].sort(),
      }));
  }
  const byName = new Map<string, string>();
  // Full names (two words or more) of every label and alias; a one-word name only as a node's own label
  // ("Congress" and "majorities in Congress" are one node; an alias "Congress" on another node joins nothing).
  const fullNames = (key: string) => {
    const own = words(graph.getNodeAttribute(key, 'label')).join(' ');
    return names(graph.getNodeAttributes(key))
      .map((name) => words(cleanOrganizationName(name) ?? ''))
      .filter((w) => w.length >= 2 || (w.length === 1 && w[0]!.length > 2 && w[0] === own))
      .map((w) => w.join(' '));
  };
  // The most connected node owns a shared name, so the merge folds the small forms into it.
  const ranked = [...keys].sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  for (const key of ranked) for (const name of fullNames(key)) if (!byName.has(name)) byName.set(name, key);
  let merged = 0;
  for (const key of ranked) {
    if (!graph.hasNode(key)) continue;
    const target = fullNames(key)
      .map((name) => byName.get(name))
      .find((t) => t !== undefined && t !== key && graph.hasNode(t));
    if (target) {
      mergeNodeInto(graph, key, target);
      merged++;
    }
  }
  return merged;
}

const ACRONYM = /^[A-Z]{2,6}$/;
const initials = (label: string) =>
  label
    .split(/\s+/)
    .filter((w) => w && !ACRONYM_SKIPS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** The articles whose edges reach a node (as neighbours or in its edges' evidence). */
function articlesOf(graph: SourcetraceGraph, key: string): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(key, (_e, attrs, source, target) => {
    for (const ev of attrs.evidence) out.add(ev.article);
    for (const end of [source, target]) if (graph.getNodeAttribute(end, 'kind') === 'article') out.add(end);
  });
  return out;
}

/**
 * An organisation known by its acronym ("FBI", "RNC") joins the one organisation in the corpus that some
 * article named by it, or else whose full name has those initials: the most connected when several do and
 * it holds 80 % of their edges.
 */
function mergeAcronyms(graph: SourcetraceGraph): number {
  const orgs = graph.filterNodes((_k, a) => isNamed(a)).sort();
  const byInitials = new Map<string, string[]>();
  for (const key of orgs) {
    const label = graph.getNodeAttribute(key, 'label');
    if (label.split(/\s+/).length < 2) continue;
    const id = initials(label);
    if (id.length >= 2) byInitials.set(id, [...(byInitials.get(id) ?? []), key]);
  }
  // Organisations an article named by the acronym ("the Democratic National Committee … the DNC", "the
  // Islamic State, also known as ISIS"): that article's reading of it, which initials alone cannot give.
  const byAlias = new Map<string, string[]>();
  for (const key of orgs)
    for (const alias of graph.getNodeAttribute(key, 'aliases'))
      if (ACRONYM.test(alias)) byAlias.set(alias, [...(byAlias.get(alias) ?? []), key]);
  const plan: [string, string][] = [];
  // "Isis" as some outlets write it (a person, to the rules): one word that is an acronym some article
  // gave an organisation, in capitals.
  const written = graph.filterNodes(
    (_k, a) =>
      a.kind === 'person' && !a.anonymous && /^\p{Lu}\p{Ll}{1,5}$/u.test(a.label) && byAlias.has(a.label.toUpperCase()),
  );
  for (const key of [...orgs, ...written.sort()]) {
    const label = graph.getNodeAttribute(key, 'label');
    const acronym = ACRONYM.test(label) ? label : byAlias.has(label.toUpperCase()) ? label.toUpperCase() : '';
    if (!acronym) continue;
    const named = (byAlias.get(acronym) ?? []).filter((k) => k !== key);
    const owners = named.length > 0 ? named : (byInitials.get(acronym) ?? []);
    // Weighed first by the articles that name both ("DNC" beside "Democratic National Committee" rather
    // than "… Convention"), then by connections when no article names any of them with the acronym.
    const shared = articlesOf(graph, key);
    const together = (k: string) => [...articlesOf(graph, k)].filter((a) => shared.has(a)).length;
    const weigh = owners.some((k) => together(k) > 0) ? together : (k: string) => graph.degree(k);
    const total = owners.reduce((n, k) => n + weigh(k), 0);
    const best = [...owners].sort((a, b) => weigh(b) - weigh(a) || (a < b ? -1 : 1))[0];
    if (best && weigh(best) >= 0.8 * total) plan.push([key, best]);
  }
  for (const [from, to] of plan) mergeNodeInto(graph, from, to);
  return plan.length;
}

/**
 * "U.S. Supreme Court" beside a far better connected "Supreme Court": a country before a body's name names
 * the one the corpus means by the bare name, which holds at least three times the edges (a city's or a
 * state's court is no country's and stays its own).
 */
function mergeNationalForms(graph: SourcetraceGraph): number {
  const orgs = graph.filterNodes((_k, a) => isNamed(a)).sort();
  const byLabel = new Map<string, string>();
  const ranked = [...orgs].sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : 1));
  for (const key of ranked) {
    const label = graph.getNodeAttribute(key, 'label').toLowerCase();
    if (!byLabel.has(label)) byLabel.set(label, key);
  }
  const plan: [string, string][] = [];
  for (const key of orgs) {
    const w = graph.getNodeAttribute(key, 'label').split(/\s+/);
    for (let n = 1; n <= 3 && w.length - n >= 2; n++) {
      if (!COUNTRIES.has(w.slice(0, n).join(' ').toLowerCase())) continue;
      const target = byLabel.get(w.slice(n).join(' ').toLowerCase());
      if (target && target !== key && graph.degree(target) >= 3 * graph.degree(key)) plan.push([key, target]);
      break;
    }
  }
  for (const [from, to] of plan) if (graph.hasNode(from) && graph.hasNode(to)) mergeNodeInto(graph, from, to);
  return plan.length;
}

/**
 * Merges entities that are one across articles: outlets via the gazetteer (names, aliases, domains,
 * short names when unambiguous in the corpus), people by their clean names (see mergePersons) and
 * organisations by shared full names and by acronyms. Anonymous sources and documents are never merged: they are per article by design.
 * Returns how many nodes were folded into others.
 */
export function consolidateEntities(graph: SourcetraceGraph, dir: OutletDirectory): number {
  const merged = mergeOutlets(graph, dir) + mergePersons(graph) + mergeOrganizations(graph);
  return merged + mergeAcronyms(graph) + mergeNationalForms(graph);
}

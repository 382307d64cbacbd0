import { normaliseName } from '../extract';
import type { NodeAttributes, SourcetraceGraph } from '../model';
import { upsertNode } from '../model';
import { mergeNodeInto } from './merge-nodes';
import type { OutletDirectory } from './outlet-directory';

const names = (a: NodeAttributes): string[] => [
  a.label,
  ...a.aliases,
  ...(a.kind === 'outlet' && a.domain ? [a.domain] : []),
];
const isNamed = (a: NodeAttributes): boolean => (a.kind === 'person' || a.kind === 'organization') && !a.anonymous;
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
 * People and organisations: a full name (two words or more) shared by two nodes makes them one; a
 * one-word name ("Reyes") joins the only person in the corpus whose name ends with it, and stays
 * apart when there are several.
 */
function mergeNamed(graph: SourcetraceGraph): number {
  const byName = new Map<string, string>();
  const bySurname = new Map<string, Set<string>>();
  const keys = graph.filterNodes((_k, a) => isNamed(a)).sort();
  for (const key of keys) {
    const attrs = graph.getNodeAttributes(key);
    for (const name of names(attrs)) {
      const w = words(name);
      if (w.length < 2) continue;
      const id = `${attrs.kind}|${w.join(' ')}`;
      if (!byName.has(id)) byName.set(id, key);
      if (attrs.kind === 'person') {
        const set = bySurname.get(w[w.length - 1]!) ?? new Set<string>();
        bySurname.set(w[w.length - 1]!, set.add(key));
      }
    }
  }
  let merged = 0;
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const attrs = graph.getNodeAttributes(key);
    let target: string | undefined;
    for (const name of names(attrs)) {
      const w = words(name);
      if (w.length >= 2) target = byName.get(`${attrs.kind}|${w.join(' ')}`);
      else if (w.length === 1 && attrs.kind === 'person' && words(attrs.label).length === 1) {
        const owners = [...(bySurname.get(w[0]!) ?? [])].filter((k) => k !== key && graph.hasNode(k));
        if (owners.length === 1) target = owners[0];
      }
      if (target && target !== key && graph.hasNode(target)) break;
      target = undefined;
    }
    if (target) {
      mergeNodeInto(graph, key, target);
      merged++;
    }
  }
  return merged;
}

/**
 * Merges entities that are one across articles: outlets via the gazetteer (names, aliases, domains,
 * short names when unambiguous in the corpus), people and organisations via shared full names and
 * unique surnames. Anonymous sources and documents are never merged: they are per article by design.
 * Returns how many nodes were folded into others.
 */
export function consolidateEntities(graph: SourcetraceGraph, dir: OutletDirectory): number {
  return mergeOutlets(graph, dir) + mergeNamed(graph);
}

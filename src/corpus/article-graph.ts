import type { Evidence, NodeAttributes, SourcetraceGraph } from '../model';
import { createGraph, upsertEdge, upsertNode } from '../model';
import type { ArticleFacts, FactEntity, FactRelation } from '../extract/types';

const LABEL_MAX = 80;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= LABEL_MAX ? flat : `${flat.slice(0, LABEL_MAX - 1).trimEnd()}…`;
}

function entityAttributes(e: FactEntity): NodeAttributes {
  const base = { label: e.label, aliases: e.aliases };
  switch (e.kind) {
    case 'outlet':
      return { kind: 'outlet', ...base, ...(e.domain ? { domain: e.domain } : {}) };
    case 'person':
    case 'organization':
      return { kind: e.kind, ...base, anonymous: e.anonymous, ...(e.role ? { role: e.role } : {}) };
    case 'document':
      return { kind: 'document', ...base, description: e.role ?? e.label };
  }
}

/**
 * The graph of one article from the extractor's facts: outlet —publishes→ article, article —cites→ sources
 * (through the outlets and documents they were obtained from), source —asserts/disputes/supports→ claim,
 * article —reports→ claim, plus authored/affiliated/mentions. Every evidenced edge slices `input.text`.
 */
export function buildArticleGraph(facts: ArticleFacts): SourcetraceGraph {
  const graph = createGraph();
  const { input, articleKey } = facts;
  const firstLine = input.text.trimStart().split('\n', 1)[0] ?? '';
  const title = input.title ?? shorten(firstLine);
  upsertNode(graph, articleKey, {
    kind: 'article',
    label: title,
    aliases: [],
    title,
    outlet: facts.publisher ?? '',
    text: input.text,
    ...(input.url ? { url: input.url } : {}),
    ...(input.publishedAt ? { publishedAt: input.publishedAt } : {}),
    ...(input.author ? { author: input.author } : {}),
    ...(input.summary ? { summary: true } : {}),
  });
  for (const e of facts.entities) upsertNode(graph, e.key, entityAttributes(e));
  for (const c of facts.claims)
    upsertNode(graph, c.key, { kind: 'claim', label: shorten(c.text), aliases: [], text: c.text });
  if (facts.publisher)
    upsertEdge(graph, { kind: 'publishes', source: facts.publisher, target: articleKey, evidence: [] });
  // Group first: one upsert per edge keeps building linear when a long text attests an edge many times.
  const grouped = new Map<string, { r: FactRelation; evidence: Evidence[]; confidence?: number }>();
  for (const r of facts.relations) {
    if (r.source === r.target || !graph.hasNode(r.source) || !graph.hasNode(r.target)) continue;
    const key = `${r.kind}|${r.source}|${r.target}`;
    const g = grouped.get(key) ?? { r, evidence: [] };
    grouped.set(key, g);
    if (r.start !== undefined && r.end !== undefined)
      g.evidence.push({ article: articleKey, start: r.start, end: r.end });
    if (r.confidence !== undefined) g.confidence = Math.max(g.confidence ?? 0, r.confidence);
  }
  for (const { r, evidence, confidence } of grouped.values()) {
    upsertEdge(graph, {
      kind: r.kind,
      source: r.source,
      target: r.target,
      evidence,
      ...(r.cue !== undefined ? { cue: r.cue } : {}),
      ...(confidence !== undefined ? { confidence } : {}),
    });
  }
  return graph;
}

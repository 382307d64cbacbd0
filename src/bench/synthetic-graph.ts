import type { NodeKind, SourcetraceGraph } from '../model';
import type { EdgeInput } from '../model';
import { createGraph, edgeKey, unionEvidence, upsertEdge, upsertNode } from '../model';
import { createRandom } from '../util/seeded-random';

// Shares of each kind in graphs built from real-looking corpora (measured on synthetic builds: claims
// and people dominate, outlets are few).
const SHARES: [NodeKind, number][] = [
  ['outlet', 0.01],
  ['article', 0.18],
  ['person', 0.2],
  ['organization', 0.06],
  ['document', 0.05],
  ['claim', 0.5],
];
const ARTICLE_TEXT =
  'Officials said the payments were made during the tender, according to documents obtained by the paper. ' +
  'A spokeswoman denied the report and said the company had complied with the law.';

/** Adds an edge, or appends evidence to the same edge: cheaper than a full merge for generated data. */
function addEdge(graph: SourcetraceGraph, input: EdgeInput): void {
  const key = edgeKey(input.kind, input.source, input.target);
  if (!graph.hasEdge(key)) upsertEdge(graph, input);
  else graph.getEdgeAttributes(key).evidence.push(...(input.evidence ?? []));
}

function counts(nodes: number): Record<NodeKind, number> {
  const out = Object.fromEntries(SHARES.map(([k, share]) => [k, Math.max(1, Math.floor(nodes * share))])) as Record<
    NodeKind,
    number
  >;
  out.claim += Math.max(0, nodes - Object.values(out).reduce((a, b) => a + b, 0));
  return out;
}

/**
 * A seeded, valid attribution graph of about `nodes` nodes, built directly (no extraction), for
 * benchmarking queries, layouts and rendering at 1k–100k nodes. Every evidenced edge slices its
 * article's short text; the shape (publishes, cites, asserts, reports, disputes, authored,
 * affiliated) follows what `build` produces.
 */
export function syntheticGraph(nodes: number, seed = 1): SourcetraceGraph {
  const r = createRandom(seed);
  const n = counts(nodes);
  const graph = createGraph();
  const keys = (kind: NodeKind) => Array.from({ length: n[kind] }, (_, i) => `${kind}:syn-${i}`);
  const [outlets, articles, people, orgs, docs, claims] = SHARES.map(([k]) => keys(k)) as string[][];
  outlets!.forEach((k, i) => upsertNode(graph, k, { kind: 'outlet', label: `Outlet ${i}`, aliases: [] }));
  people!.forEach((k, i) =>
    upsertNode(graph, k, { kind: 'person', label: `Person ${i}`, aliases: [], anonymous: r.chance(0.2) }),
  );
  orgs!.forEach((k, i) =>
    upsertNode(graph, k, { kind: 'organization', label: `Organisation ${i}`, aliases: [], anonymous: false }),
  );
  docs!.forEach((k, i) =>
    upsertNode(graph, k, { kind: 'document', label: `Memo ${i}`, aliases: [], description: `memo ${i}` }),
  );
  articles!.forEach((k, i) => {
    const outlet = r.pick(outlets!);
    const publishedAt = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    upsertNode(graph, k, {
      kind: 'article',
      label: `Article ${i}`,
      aliases: [],
      title: `Article ${i}`,
      outlet,
      publishedAt,
      text: ARTICLE_TEXT,
    });
    addEdge(graph, { kind: 'publishes', source: outlet, target: k, evidence: [] });
  });
  const sources = [...people!, ...orgs!, ...docs!, ...outlets!];
  const evidence = (article: string) => {
    const start = r.int(ARTICLE_TEXT.length - 40);
    return [{ article, start, end: start + 40 }];
  };
  claims!.forEach((k, i) => {
    upsertNode(graph, k, {
      kind: 'claim',
      label: `Claim ${i}`,
      aliases: [],
      text: `claim number ${i} about the tender`,
    });
    const source = r.pick(sources);
    for (let j = 0, reports = 1 + r.int(3); j < reports; j++) {
      const article = r.pick(articles!);
      addEdge(graph, { kind: 'reports', source: article, target: k, evidence: evidence(article) });
      addEdge(graph, { kind: 'cites', source: article, target: source, evidence: evidence(article), cue: 'said' });
      addEdge(graph, { kind: 'asserts', source, target: k, evidence: evidence(article), cue: 'said' });
      if (r.chance(0.04))
        addEdge(graph, { kind: 'disputes', source: r.pick(people!), target: k, evidence: evidence(article) });
    }
  });
  docs!.forEach((doc) => {
    const article = r.pick(articles!);
    addEdge(graph, { kind: 'authored', source: r.pick(people!), target: doc, evidence: evidence(article) });
  });
  people!.forEach((person) => {
    if (!r.chance(0.3)) return;
    const article = r.pick(articles!);
    addEdge(graph, { kind: 'affiliated', source: person, target: r.pick(orgs!), evidence: evidence(article) });
  });
  // Appended evidence is put back in the model's order (sorted, no duplicates) once, at the end.
  graph.forEachEdge((key, attrs) => {
    if (attrs.evidence.length > 1) graph.setEdgeAttribute(key, 'evidence', unionEvidence(attrs.evidence, []));
  });
  return graph;
}

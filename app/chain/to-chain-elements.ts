import type { ElementDefinition } from 'cytoscape';
import type { EdgeKind, SourcetraceGraph } from '../../src/model';
import { citationChain, reportersOf, type CitationChain, type PrimaryStatus } from '../../src/query';
import { toCyNode } from '../canvas/to-cy-elements';

/** What the chain view draws and what its summary lists. */
export interface ChainPicture {
  root: string;
  elements: ElementDefinition[];
  /** Primary sources: where the information stops being attributed further. */
  primaries: { key: string; status: PrimaryStatus }[];
  /** Disputes/supports aimed at the claim(s) or at nodes on the chain. */
  stances: { edge: string; kind: 'disputes' | 'supports'; source: string; target: string; cue: string }[];
  /** Articles reporting the claim (claim roots only). */
  reporters: string[];
  /** True when every primary source is anonymous: nobody nameable stands behind the information. */
  onlyAnonymous: boolean;
}

interface Hop {
  edge: string;
  from: string;
  to: string;
  kind: EdgeKind;
  cue: string | undefined;
}

/** Reporting articles (and their outlets) feed the claim; each article's own trace, scoped to it, joins in. */
function claimContext(graph: SourcetraceGraph, claim: string, hops: Hop[], chains: CitationChain[]): string[] {
  const reporters = reportersOf(graph, claim);
  for (const r of reporters.articles) {
    hops.push({ edge: r.edge, from: r.article, to: claim, kind: 'reports', cue: undefined });
    if (r.outlet && graph.hasNode(r.outlet)) {
      const publishes = graph.findOutEdge(r.outlet, r.article, (_e, a) => a.kind === 'publishes');
      if (publishes) hops.push({ edge: publishes, from: r.outlet, to: r.article, kind: 'publishes', cue: undefined });
    }
    chains.push(citationChain(graph, r.article, { scope: [claim] }));
  }
  return reporters.articles.map((r) => r.article);
}

/**
 * The citation chain of `root` as Cytoscape elements oriented for a left-to-right layout: reporters on the
 * left, each hop pointing one step nearer the origin, primary sources on the right. Edge ids are the graph's
 * edge keys, so selecting one shows its evidence. Pure: the graph is only read.
 */
export function toChainElements(graph: SourcetraceGraph, root: string): ChainPicture {
  const main = citationChain(graph, root);
  const chains = [main];
  const hops: Hop[] = [];
  const isClaim = graph.getNodeAttribute(root, 'kind') === 'claim';
  const reporters = isClaim ? claimContext(graph, root, hops, chains) : [];
  for (const c of chains) for (const h of c.hops) hops.push({ ...h, edge: h.edge });
  const primaryStatus = new Map<string, PrimaryStatus>();
  for (const c of chains)
    for (const p of c.primarySources) if (!primaryStatus.has(p.key)) primaryStatus.set(p.key, p.status);
  const stances = new Map<string, ChainPicture['stances'][number]>();
  for (const c of chains) for (const s of c.stances) stances.set(s.edge, { ...s, cue: s.cue ?? '' });
  for (const s of stances.values()) hops.push({ edge: s.edge, from: s.source, to: s.target, kind: s.kind, cue: s.cue });

  const nodes = new Set<string>([root]);
  const edges: ElementDefinition[] = [];
  const seenEdges = new Set<string>();
  for (const h of hops) {
    if (seenEdges.has(h.edge)) continue;
    seenEdges.add(h.edge);
    nodes.add(h.from).add(h.to);
    const label = h.cue ?? (h.kind === 'cites' ? '' : h.kind);
    edges.push({
      group: 'edges',
      data: { id: h.edge, source: h.from, target: h.to, kind: h.kind, cue: label },
      classes: h.kind,
    });
  }
  const elements: ElementDefinition[] = [...nodes].map((key) => {
    const el = toCyNode(graph, key);
    const status = primaryStatus.get(key);
    const extra = [key === root ? 'root' : '', status ? `primary primary-${status}` : ''].filter(Boolean).join(' ');
    return extra ? { ...el, classes: `${el.classes ?? ''} ${extra}` } : el;
  });
  const primaries = [...primaryStatus].map(([key, status]) => ({ key, status }));
  return {
    root,
    elements: [...elements, ...edges],
    primaries,
    stances: [...stances.values()],
    reporters,
    onlyAnonymous: primaries.length > 0 && primaries.every((p) => p.status === 'anonymous'),
  };
}

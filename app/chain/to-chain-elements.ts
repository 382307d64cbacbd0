import type { SourcetraceGraph } from '../../src/model';
import { citationChain } from '../../src/query';
import { assemblePicture, type ChainPicture } from './chain-picture';
import { claimChainPicture } from './claim-chain-picture';

/**
 * The citation chain of `root` as Cytoscape elements oriented for a left-to-right layout, each hop pointing
 * one step nearer the origin, primary sources on the right. A claim's chain is its paths from each
 * publishing outlet ({@link claimChainPicture}); an article's or outlet's is its unscoped citation chain.
 * Pure: the graph is only read.
 */
export function toChainElements(graph: SourcetraceGraph, root: string): ChainPicture {
  if (graph.getNodeAttribute(root, 'kind') === 'claim') return claimChainPicture(graph, root);
  const chain = citationChain(graph, root);
  const stances = chain.stances.map((s) => ({ ...s, cue: s.cue ?? '' }));
  return assemblePicture(graph, {
    root,
    hops: [
      ...chain.hops,
      ...stances.map((s) => ({ edge: s.edge, from: s.source, to: s.target, kind: s.kind, cue: s.cue })),
    ],
    nodes: [],
    paths: [],
    primaries: chain.primarySources.map((p) => ({ key: p.key, status: p.status })),
    disputers: [...new Set(stances.filter((s) => s.kind === 'disputes').map((s) => s.source))].sort(),
    stances,
    reporters: [],
  });
}

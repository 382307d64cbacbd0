import type { ElementDefinition } from 'cytoscape';
import type { EdgeKind, SourcetraceGraph } from '../../src/model';
import type { PathNode, PrimaryStatus } from '../../src/query';
import { toCyNode } from '../canvas/to-cy-elements';

/** One node of a claim's path, with what the chain view needs to link it to the graph. */
export interface ChainStep extends PathNode {
  /** The graph edge of the step that reached this node (null for a path's first node): its evidence. */
  edge: string | null;
  /** That edge's kind, to say what the step is when it has no cue ("publishes"). */
  edgeKind: EdgeKind | null;
  /** How checkable it is, when it is one of the claim's primary sources. */
  primary: PrimaryStatus | null;
}

/** A `disputes` or `supports` edge the chain view lists. */
export interface ChainStance {
  edge: string;
  kind: 'disputes' | 'supports';
  source: string;
  target: string;
  cue: string;
}

/** What the chain view draws and what its summary lists. */
export interface ChainPicture {
  root: string;
  elements: ElementDefinition[];
  /** A claim's paths, each from a publishing outlet to a primary source; empty for article and outlet roots. */
  paths: ChainStep[][];
  /** Primary sources: where the information stops being attributed further. */
  primaries: { key: string; status: PrimaryStatus }[];
  /** Who disputes the claim(s) or a node on the chain, in key order. */
  disputers: string[];
  /** Disputes/supports aimed at the claim(s) or at nodes on the chain. */
  stances: ChainStance[];
  /** Articles reporting the claim (claim roots only). */
  reporters: string[];
  /** True when every primary source is anonymous: nobody nameable stands behind the information. */
  onlyAnonymous: boolean;
}

/** An edge as drawn: `from` is the end nearer the root, so each hop points one step nearer the origin. */
export interface DrawnHop {
  edge: string;
  from: string;
  to: string;
  kind: EdgeKind;
  cue: string | undefined;
}

/** What a picture is made of; {@link assemblePicture} turns it into Cytoscape elements. */
export type PictureParts = Omit<ChainPicture, 'elements' | 'onlyAnonymous'> & {
  hops: readonly DrawnHop[];
  /** Nodes to draw even if no hop reaches them. */
  nodes: readonly string[];
};

/**
 * Cytoscape elements for a left-to-right layout: each hop's edge once, with the graph's edge key as id (so
 * selecting one shows its evidence) and its cue as label; the root and the primary sources marked.
 */
export function assemblePicture(graph: SourcetraceGraph, parts: PictureParts): ChainPicture {
  const { root, hops, primaries } = parts;
  const nodes = new Set<string>([root, ...parts.nodes]);
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
  const status = new Map(primaries.map((p) => [p.key, p.status]));
  const elements: ElementDefinition[] = [...nodes].map((key) => {
    const el = toCyNode(graph, key);
    const s = status.get(key);
    const extra = [key === root ? 'root' : '', s ? `primary primary-${s}` : ''].filter(Boolean).join(' ');
    return extra ? { ...el, classes: `${el.classes ?? ''} ${extra}` } : el;
  });
  const { paths, disputers, stances, reporters } = parts;
  return {
    root,
    elements: [...elements, ...edges],
    paths,
    primaries,
    disputers,
    stances,
    reporters,
    onlyAnonymous: primaries.length > 0 && primaries.every((p) => p.status === 'anonymous'),
  };
}

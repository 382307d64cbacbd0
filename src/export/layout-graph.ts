import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import random from 'graphology-layout/random';
import type { SourcetraceGraph } from '../model';
import { createRandom } from '../util/seeded-random';
import type { Position } from './export-options';

export interface LayoutOptions {
  /** Same seed, same graph → same positions (default 1). */
  seed?: number;
  /** ForceAtlas2 rounds; by default 300, fewer above 1,000 and 5,000 nodes. */
  iterations?: number;
}

/**
 * Headless, deterministic positions for the SVG export (the CLI has no canvas): seeded random start,
 * then ForceAtlas2. Works on a structural copy, so the model graph gets no `x`/`y` attributes.
 */
export function layoutGraph(graph: SourcetraceGraph, options: LayoutOptions = {}): Map<string, Position> {
  const copy = new Graph({ type: 'directed', multi: true });
  graph.forEachNode((key) => {
    copy.addNode(key);
  });
  graph.forEachEdge((key, _attrs, source, target) => {
    copy.addDirectedEdgeWithKey(key, source, target);
  });
  random.assign(copy, { rng: createRandom(options.seed ?? 1).next, scale: 100, center: 0 });
  if (copy.size > 0) {
    // Fewer rounds on big graphs: each costs O(n log n) with Barnes-Hut, and the picture settles early.
    const iterations = options.iterations ?? (copy.order > 5000 ? 60 : copy.order > 1000 ? 150 : 300);
    forceAtlas2.assign(copy, { iterations, settings: forceAtlas2.inferSettings(copy) });
  }
  const out = new Map<string, Position>();
  copy.forEachNode((key, attrs) => {
    out.set(key, { x: attrs.x as number, y: attrs.y as number });
  });
  return out;
}

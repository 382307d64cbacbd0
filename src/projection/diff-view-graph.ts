import type { ViewEdge, ViewGraph, ViewNode } from './types';

/** What to change on the canvas to go from one view graph to the next. */
export interface ViewGraphDiff {
  add: { nodes: ViewNode[]; edges: ViewEdge[] };
  /** Ids; removing a node takes its edges with it on most renderers, but they are listed anyway. */
  remove: { nodes: string[]; edges: string[] };
  /** Elements whose id stays but whose data changed (a count, a label, an expand id). */
  update: { nodes: ViewNode[]; edges: ViewEdge[] };
}

function sameFields(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => ra[k] === rb[k]);
}

function diffById<T extends { id: string }>(prev: readonly T[], next: readonly T[]) {
  const before = new Map(prev.map((x) => [x.id, x]));
  const add: T[] = [];
  const update: T[] = [];
  for (const item of next) {
    const old = before.get(item.id);
    if (!old) add.push(item);
    else if (old !== item && !sameFields(old, item)) update.push(item);
    before.delete(item.id);
  }
  return { add, update, remove: [...before.keys()] };
}

/**
 * The changes that turn `prev` into `next`, so the renderer can batch-add, batch-remove and update data
 * instead of rebuilding. Elements are matched by id; every field is a primitive, so comparison is shallow.
 */
export function diffViewGraph(prev: ViewGraph | null, next: ViewGraph): ViewGraphDiff {
  const nodes = diffById(prev?.nodes ?? [], next.nodes);
  const edges = diffById(prev?.edges ?? [], next.edges);
  return {
    add: { nodes: nodes.add, edges: edges.add },
    remove: { nodes: nodes.remove, edges: edges.remove },
    update: { nodes: nodes.update, edges: edges.update },
  };
}

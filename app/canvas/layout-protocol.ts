type Point = { x: number; y: number };

/**
 * What a layout needs of the drawn graph, as plain data: the visible nodes with the size they are drawn
 * at, the visible edges between them, and the fcose options (fixed nodes included). No positions of
 * free nodes: fcose places them, starting from random ones when `randomize` is set.
 */
export interface LayoutRequest {
  nodes: { id: string; w: number; h: number; x: number; y: number }[];
  edges: { id: string; source: string; target: string }[];
  options: Record<string, unknown> & { fixedNodeConstraint?: { nodeId: string; position: Point }[] };
}

/**
 * The first-frame record: what the canvas last drew of the stored workspace (its Cytoscape elements with
 * their positions, and the camera), kept beside the graph. A reopen paints it at once and reads, checks and
 * rebuilds the whole graph afterwards; the record is bounded by the element budget, so it stays small
 * however large the workspace grows. It is a cache: when it is missing, outdated or unreadable the reopen
 * simply waits for the whole graph, as it always did.
 */

export interface Point {
  x: number;
  y: number;
}

/** Bump when the shape changes: an older record is then ignored (and rewritten after the next draw). */
export const FIRST_FRAME_VERSION = 1;

/** One drawn element as Cytoscape takes it back: its data (ids, labels, what the stylesheet reads) and classes. */
export interface FirstFrameElement {
  group: 'nodes' | 'edges';
  data: { id: string; source?: string; target?: string; [field: string]: unknown };
  classes: string;
  /** Model position (nodes only). */
  position?: Point;
}

export interface FirstFrame {
  version: number;
  savedAt: string;
  /** Camera zoom and pan, so the picture comes back framed as it was left. */
  viewport: { zoom: number; pan: Point };
  elements: FirstFrameElement[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isFinitePoint = (v: unknown): v is Point => isObject(v) && Number.isFinite(v.x) && Number.isFinite(v.y);

/**
 * Nodes first, each with a string id and a finite position; edges after, between nodes of the record:
 * anything else would make Cytoscape throw while the page starts. Cheap: the record is at most a few
 * thousand elements.
 */
function elementsAreDrawable(elements: unknown[]): elements is FirstFrameElement[] {
  const nodes = new Set<string>();
  for (const el of elements) {
    if (!isObject(el) || !isObject(el.data) || typeof el.data.id !== 'string' || typeof el.classes !== 'string') {
      return false;
    }
    if (el.group === 'nodes') {
      if (!isFinitePoint(el.position)) return false;
      nodes.add(el.data.id);
    } else if (el.group === 'edges') {
      const { source, target } = el.data;
      if (typeof source !== 'string' || typeof target !== 'string' || !nodes.has(source) || !nodes.has(target)) {
        return false;
      }
    } else return false;
  }
  return true;
}

/** The record when `value` is a drawable one of this version; null when absent, outdated or corrupt. */
export function readFirstFrame(value: unknown): FirstFrame | null {
  if (!isObject(value) || value.version !== FIRST_FRAME_VERSION || typeof value.savedAt !== 'string') return null;
  const { viewport, elements } = value;
  if (!isObject(viewport) || !Number.isFinite(viewport.zoom) || !isFinitePoint(viewport.pan)) return null;
  if (!Array.isArray(elements) || elements.length === 0 || !elementsAreDrawable(elements)) return null;
  return value as unknown as FirstFrame;
}

/** Classes that follow the pointer or the selection: the controllers put them back, a reopen must not. */
const TRANSIENT_CLASSES = new Set(['hovered', 'is-selected', 'neighbour']);

/** A record of `elements` (nodes are expected before edges, as Cytoscape lists them) and the camera. */
export function makeFirstFrame(elements: readonly FirstFrameElement[], viewport: FirstFrame['viewport']): FirstFrame {
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group === 'edges');
  const keep = (classes: string) =>
    classes
      .split(/\s+/)
      .filter((c) => c && !TRANSIENT_CLASSES.has(c))
      .join(' ');
  return {
    version: FIRST_FRAME_VERSION,
    savedAt: new Date().toISOString(),
    viewport: { zoom: viewport.zoom, pan: { x: viewport.pan.x, y: viewport.pan.y } },
    elements: [...nodes, ...edges].map((e) => ({ ...e, classes: keep(e.classes) })),
  };
}

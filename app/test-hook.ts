import type { Core } from 'cytoscape';
import { positionsOf } from './canvas/stored-positions';
import { LABEL_HIDDEN_CLASS, labelPainted, renderedLabelBox } from './canvas/label-declutter';
import type { AppStore, Drawn, FilterState, Focus, Selection } from './store';

export interface Point {
  x: number;
  y: number;
}

/** Read-only view of the app for Playwright: the canvas has no DOM nodes to query. */
export interface SourcetraceTestHook {
  /** The graph is loaded and laid out (or every drawn node was placed before, as on a reopen): positions are final. */
  ready(): boolean;
  /** Model positions of the drawn nodes by key, to check that a reopen puts them back where they were. */
  nodePositions(): Record<string, Point>;
  /** A reopen is painting its stored first frame while the whole graph is read. */
  firstFrameShown(): boolean;
  counts(): { nodes: number; edges: number; visibleNodes: number; visibleEdges: number; layoutRuns: number };
  nodeKeys(): string[];
  edgeKeys(): string[];
  visibleNodeKeys(): string[];
  /** Viewport (client) coordinates of a drawn node's centre, or null when it is not drawn/visible. */
  nodePoint(key: string): Point | null;
  /**
   * Viewport coordinates of a point inside a drawn node that no other visible node covers, so a click
   * there can only hit that node (its centre when nothing covers it); null when it is not drawn or is
   * covered everywhere.
   */
  nodeClickPoint(key: string): Point | null;
  /** Viewport coordinates of a drawn edge's midpoint, or null. */
  edgePoint(key: string): Point | null;
  /**
   * A visible edge of `kind` with a point clear of every node and every other edge, so a click there can
   * only hit that edge; null when none is clear.
   */
  clearEdge(kind: string): { key: string; point: Point } | null;
  selection(): Selection;
  /** Which view the canvas area shows, and the chain breadcrumb. */
  mode(): string;
  chainTrail(): string[];
  zoom(): number;
  /** Camera zoom and pan, to check that a snapshot or share link brought the view back. */
  viewport(): { zoom: number; pan: Point };
  /** The filters only (no actions). */
  filters(): FilterState;
  /** A snapshot's or link's view is waiting for the layout to finish. */
  viewRestorePending(): boolean;
  /** Nodes and edges in the graph itself (the canvas may draw a subset). */
  graphCounts(): { nodes: number; edges: number };
  /** Review decisions (action and target keys), oldest first, and whether the saved ones were read yet. */
  review(): { loaded: boolean; decisions: { action: string; target: string[] }[] };
  /** A drawn edge's Cytoscape classes (e.g. `low-confidence`, `hidden`), or null when it is not drawn. */
  edgeClasses(key: string): string[] | null;
  /** What the canvas draws: whole graph, detailed overview or citation map, with its counts. */
  drawn(): Drawn | null;
  focus(): Focus | null;
  /**
   * Viewport coordinates of every node label Cytoscape paints now (visible, kept by the declutter, big
   * enough at this zoom), as Cytoscape's own rendered label bounding boxes, with the label text and the
   * node's rendered width (what the declutter ranks by) and the label's font size on screen.
   */
  labelBoxes(): {
    id: string;
    label: string;
    width: number;
    fontPx: number;
    x1: number;
    y1: number;
    x2: number;
    y2: number;
  }[];
}

declare global {
  interface Window {
    __sourcetrace?: SourcetraceTestHook;
  }
}

function toClient(cy: Core, p: Point): Point {
  const box = cy.container()?.getBoundingClientRect();
  return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
}

type Seg = { a: Point; b: Point };

function distanceToSegment(p: Point, { a, b }: Seg): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Straight edges only (curved ones are not where their ends suggest); points along them, middle first. */
function findClearEdge(cy: Core, kind: string): { key: string; point: Point } | null {
  const boxes = cy.nodes(':visible').map((n) => n.renderedBoundingBox({ includeLabels: true }));
  const edges = cy.edges(':visible');
  const segs: Seg[] = edges.map((e) => ({ a: e.renderedSourceEndpoint(), b: e.renderedTargetEndpoint() }));
  const PAD = 7;
  const clear = (p: Point, self: number) =>
    !boxes.some((b) => p.x > b.x1 - PAD && p.x < b.x2 + PAD && p.y > b.y1 - PAD && p.y < b.y2 + PAD) &&
    segs.every((s, j) => j === self || distanceToSegment(p, s) > PAD);
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    const seg = segs[i]!;
    if (edge.data('kind') !== kind || distanceToSegment(edge.renderedMidpoint(), seg) > 1.5) continue;
    for (const t of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      const p = { x: seg.a.x + t * (seg.b.x - seg.a.x), y: seg.a.y + t * (seg.b.y - seg.a.y) };
      if (clear(p, i)) return { key: edge.id(), point: toClient(cy, p) };
    }
  }
  return null;
}

/** Samples the node's body (labels excluded) on a 5×5 grid, centre first, for a point no other node covers. */
function findClearNodePoint(cy: Core, key: string): Point | null {
  const node = cy.getElementById(key);
  const box = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  const others = cy
    .nodes(':visible')
    .filter((n) => n.id() !== key)
    .map((n) => n.renderedBoundingBox({ includeLabels: false, includeOverlays: false }));
  const covered = (p: Point) => others.some((b) => p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2);
  const steps = [0.5, 0.35, 0.65, 0.2, 0.8];
  for (const fy of steps) {
    for (const fx of steps) {
      const p = { x: box.x1 + fx * (box.x2 - box.x1), y: box.y1 + fy * (box.y2 - box.y1) };
      if (!covered(p)) return toClient(cy, p);
    }
  }
  return null;
}

/**
 * Installs `window.__sourcetrace` for one canvas; only e2e builds call this. `isReady` overrides when
 * positions count as final (the chain view has its own layout). Returns the uninstaller.
 */
export function installTestHook(cy: Core, store: AppStore, isReady?: () => boolean): () => void {
  const drawn = (key: string) => {
    const el = cy.getElementById(key);
    return el.nonempty() && el.visible() ? el : null;
  };
  const hook: SourcetraceTestHook = {
    ready: () => {
      const s = store.getState();
      if (isReady) return s.status === 'ready' && isReady();
      if (s.status !== 'ready' || s.layoutRunning || s.drawn === null) return false;
      // A reopen draws every node where it was: no layout follows, and none is needed.
      return (
        s.layoutRuns > 0 ||
        cy
          .nodes()
          .filter((n) => !Object.hasOwn(s.positions, n.id()))
          .empty()
      );
    },
    nodePositions: () => positionsOf(cy.nodes()),
    firstFrameShown: () => store.getState().firstFrame !== null,
    counts: () => ({
      nodes: cy.nodes().length,
      edges: cy.edges().length,
      visibleNodes: cy.nodes(':visible').length,
      visibleEdges: cy.edges(':visible').length,
      layoutRuns: store.getState().layoutRuns,
    }),
    nodeKeys: () => cy.nodes().map((n) => n.id()),
    edgeKeys: () => cy.edges().map((e) => e.id()),
    visibleNodeKeys: () => cy.nodes(':visible').map((n) => n.id()),
    nodePoint: (key) => {
      const el = drawn(key);
      return el?.isNode() ? toClient(cy, el.renderedPosition()) : null;
    },
    nodeClickPoint: (key) => (drawn(key)?.isNode() ? findClearNodePoint(cy, key) : null),
    edgePoint: (key) => {
      const el = drawn(key);
      return el?.isEdge() ? toClient(cy, el.renderedMidpoint()) : null;
    },
    clearEdge: (kind) => findClearEdge(cy, kind),
    selection: () => store.getState().selection,
    mode: () => store.getState().mode,
    chainTrail: () => [...store.getState().chainTrail],
    zoom: () => cy.zoom(),
    viewport: () => ({ zoom: cy.zoom(), pan: { ...cy.pan() } }),
    filters: () => {
      const { hiddenNodeKinds, hiddenEdgeKinds, hiddenOutlets, dateFrom, dateTo, hideAnonymous, onlyDisputed } =
        store.getState();
      return { hiddenNodeKinds, hiddenEdgeKinds, hiddenOutlets, dateFrom, dateTo, hideAnonymous, onlyDisputed };
    },
    viewRestorePending: () => store.getState().pendingView !== null,
    graphCounts: () => ({ nodes: store.getState().graph.order, edges: store.getState().graph.size }),
    review: () => {
      const s = store.getState();
      return {
        loaded: s.decisionsLoaded,
        decisions: s.decisions.map((d) => ({ action: d.action, target: [...d.target] })),
      };
    },
    edgeClasses: (key) => {
      const el = cy.getElementById(key);
      return el.nonempty() && el.isEdge() ? [...el.classes()] : null;
    },
    drawn: () => store.getState().drawn,
    focus: () => store.getState().focus,
    labelBoxes: () =>
      cy
        .nodes()
        .map((n) => n)
        .filter((n) => !n.hasClass(LABEL_HIDDEN_CLASS) && labelPainted(n, cy.zoom(), window.devicePixelRatio || 1))
        .map((n) => {
          const b = renderedLabelBox(n);
          const tl = toClient(cy, { x: b.x1, y: b.y1 });
          const br = toClient(cy, { x: b.x2, y: b.y2 });
          const width = n.renderedWidth();
          const fontPx = Number(n.numericStyle('font-size')) * cy.zoom();
          return { id: n.id(), label: String(n.data('label')), width, fontPx, x1: tl.x, y1: tl.y, x2: br.x, y2: br.y };
        }),
  };
  // The chain view installs its own hook over the network's; removing it gives the network's back.
  const previous = window.__sourcetrace;
  window.__sourcetrace = Object.freeze(hook);
  return () => {
    if (window.__sourcetrace !== hook) return;
    if (previous) window.__sourcetrace = previous;
    else delete window.__sourcetrace;
  };
}

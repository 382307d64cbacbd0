import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { toCyElements } from '../../../app/canvas/to-cy-elements';
import { parseGraphJson, type SourcetraceGraph } from '../../../src/model';
import { citationChain } from '../../../src/query';
import {
  buildViewGraph,
  diffViewGraph,
  EMPTY_VIEW_STATE,
  withExpanded,
  type ViewGraph,
  type ViewState,
} from '../../../src/projection';
import type { BenchMode, BenchPage, Timing } from '../bench-types';
import { applyDiff, BENCH_STYLESHEET, PLAIN_STYLESHEET, edgeElement, nextPosition, nodeElement } from './cy-elements';
import { afterPaint, FrameRecorder } from './frames';

/**
 * The bench page: the app's pieces (stylesheet, element projection, model, queries) wired the two ways
 * being compared: `view` hands Cytoscape the budgeted view graph and updates it by diff; `naive` hands it
 * the whole graph and filters with classes, as the app's controllers do today.
 */
let graph: SourcetraceGraph | null = null;
let cy: Core | null = null;
let mode: BenchMode = 'view';
let state: ViewState = EMPTY_VIEW_STATE;
let view: ViewGraph | null = null;
let sheet: StylesheetJson = BENCH_STYLESHEET;
const recorder = new FrameRecorder();

/** Cytoscape's own options for big views: draw a cached texture while the viewport moves. */
const LEAN_RENDERER = { textureOnViewport: true, hideEdgesOnViewport: true, hideLabelsOnViewport: true };

const container = document.getElementById('cy')!;
const need = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`bench-page: ${what} first`);
  return value;
};

function naiveElements(g: SourcetraceGraph) {
  return toCyElements(g).map((el) => (el.group === 'nodes' ? { ...el, position: nextPosition() } : el));
}

/** Rebuilds the view graph for a new state and applies only the difference. */
async function updateView(next: ViewState): Promise<Timing> {
  const start = performance.now();
  state = next;
  const nextView = buildViewGraph(need(graph, 'load'), state);
  const diff = diffViewGraph(view, nextView);
  const buildMs = performance.now() - start;
  applyDiff(need(cy, 'firstFrame'), diff);
  view = nextView;
  await afterPaint();
  return { ms: performance.now() - start, buildMs };
}

const bench: BenchPage = {
  async load(url) {
    const text = await (await fetch(url)).text();
    const start = performance.now();
    graph = parseGraphJson(text);
    return { importMs: performance.now() - start, nodes: graph.order, edges: graph.size };
  },
  async firstFrame(m, variant) {
    mode = m;
    const start = performance.now();
    const g = need(graph, 'load');
    let elements;
    if (mode === 'view') {
      view = buildViewGraph(g, state);
      elements = [...view.nodes.map(nodeElement), ...view.edges.map(edgeElement)];
    } else elements = naiveElements(g);
    const buildMs = performance.now() - start;
    cy = cytoscape({
      container,
      elements,
      style: (sheet = variant === 'plain' ? PLAIN_STYLESHEET : BENCH_STYLESHEET),
      layout: { name: 'preset' },
      minZoom: 0.01,
      ...(variant === 'app' ? {} : LEAN_RENDERER),
    });
    cy.fit(undefined, 20);
    await afterPaint();
    return { ms: performance.now() - start, buildMs, drawn: elements.length };
  },
  startFrames() {
    recorder.start();
  },
  stopFrames() {
    return recorder.stop();
  },
  async filterToggle(outletKey) {
    if (mode === 'view') return updateView({ ...state, hiddenOutlets: [outletKey] });
    const c = need(cy, 'firstFrame');
    const g = need(graph, 'load');
    const start = performance.now();
    let buildMs = 0;
    const hidden = (id: string) => {
      if (id === outletKey) return true;
      const attrs = g.getNodeAttributes(id);
      return attrs.kind === 'article' && attrs.outlet === outletKey;
    };
    c.batch(() => {
      c.nodes().forEach((n) => {
        n.toggleClass('hidden', hidden(n.id()));
      });
      buildMs = performance.now() - start;
    });
    await afterPaint();
    return { ms: performance.now() - start, buildMs };
  },
  async expand(id) {
    if (mode !== 'view') return null;
    return updateView({ ...state, expanded: withExpanded(state.expanded, id) });
  },
  restyle(extra) {
    const c = need(cy, 'firstFrame');
    sheet = [...sheet, ...extra];
    c.style(sheet);
  },
  chainTrace(claimKey) {
    const g = need(graph, 'load');
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      citationChain(g, claimKey);
      times.push(performance.now() - start);
    }
    return times.sort((a, b) => a - b)[2]!;
  },
};

declare global {
  interface Window {
    __bench?: BenchPage;
  }
}
window.__bench = bench;

import type { StylesheetJson } from 'cytoscape';

/** What the bench page measures for one graph in one mode; shared by the page and the Node runner. */
export type BenchMode = 'view' | 'naive';

/**
 * `app`: the app's stylesheet and Cytoscape defaults; `lean`: plus Cytoscape's options for big views (a cached
 * texture, no edges or labels while the viewport moves); `plain`: lean with a label-free, haystack-edge style.
 */
export type RenderVariant = 'app' | 'lean' | 'plain';

export interface RunResult {
  importMs: number;
  firstFrameMs: number;
  /** Of the first frame: building what to hand Cytoscape (view graph, or the naive element list). */
  buildMs: number;
  /** Elements handed to Cytoscape at first frame. */
  drawn: number;
  fps: number;
  p95FrameMs: number;
  frames: number;
  filter: Timing;
  /** null where the mode has nothing to expand (the naive baseline draws everything already). */
  expand: Timing | null;
  chainMs: number;
  /** Used JS heap after a forced garbage collection (CDP). */
  heapMb: number;
}

/** An update until painted, and the part of it spent deciding what to change (view graph + diff, or classes). */
export interface Timing {
  ms: number;
  buildMs: number;
}

/** The page-side API, installed as `window.__bench` by the bench page. */
export interface BenchPage {
  load(url: string): Promise<{ importMs: number; nodes: number; edges: number }>;
  firstFrame(mode: BenchMode, variant: RenderVariant): Promise<{ ms: number; buildMs: number; drawn: number }>;
  /** Frame recording around real mouse input (drag-pan, wheel-zoom) driven by the runner. */
  startFrames(): void;
  stopFrames(): { fps: number; p95FrameMs: number; frames: number };
  filterToggle(outletKey: string): Promise<Timing>;
  expand(id: string): Promise<Timing | null>;
  chainTrace(claimKey: string): number;
  /** Appends style rules, to find out which part of a look costs the frame rate. */
  restyle(extra: StylesheetJson): void;
}

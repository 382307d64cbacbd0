import type { BenchMode, RenderVariant, RunResult, Timing } from './bench-types';

export interface Row {
  corpus: { nodes: number; edges: number };
  mode: BenchMode;
  variant: RenderVariant;
  /** null when the run was skipped (naive runs above the cap). */
  result: RunResult | null;
}

const ms = (v: number | null) =>
  v === null ? '—' : Number.isNaN(v) ? 'failed' : v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US');
const n = (v: number) => v.toLocaleString('en-US');
const timed = (t: Timing | null) => (t === null ? '—' : `${ms(t.ms)} [${ms(t.buildMs)}]`);

const NOTES = [
  'Styles: app = the app stylesheet with Cytoscape defaults; lean = the same plus textureOnViewport, hideEdgesOnViewport, hideLabelsOnViewport; plain = lean with a label-free, haystack-edge stylesheet.',
  '[build] = time spent deciding what to draw (view graph + diff; naive: element list or class toggles); the rest is Cytoscape adding, styling and painting.',
  'Import JSON (validated parse into graphology) happens once per load and is not part of the first frame.',
];
const TARGETS =
  'Targets: first frame < 1,500 ms; pan/zoom ≥ 30 fps; filter toggle and expand < 100 ms; chain < 10 ms; heap < 300 MB at 100k.';

/** The results as a markdown table, then the naive/view ratios where both ran. */
export function formatTable(rows: Row[], naiveMax: number): string {
  const head = [
    '| Graph (nodes / edges) | Mode (style) | Drawn elements | Import JSON (ms) | First frame (ms) [build] | Pan/zoom fps (p95 frame ms) | Filter toggle (ms) [build] | Expand (ms) [build] | Chain trace (ms) | JS heap (MB) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const lines = rows.map(({ corpus, mode, variant, result: r }) => {
    const graph = `${n(corpus.nodes)} / ${n(corpus.edges)}`;
    const how = `${mode} (${variant})`;
    if (!r)
      return `| ${graph} | ${how} | skipped: naive runs stop at ${n(naiveMax)} nodes (minutes, > 1 GB) | | | | | | | |`;
    const fps = `${r.fps.toFixed(1)} (${ms(r.p95FrameMs)})`;
    const first = `${ms(r.firstFrameMs)} [${ms(r.buildMs)}]`;
    return `| ${graph} | ${how} | ${n(r.drawn)} | ${ms(r.importMs)} | ${first} | ${fps} | ${timed(r.filter)} | ${timed(r.expand)} | ${ms(r.chainMs)} | ${Math.round(r.heapMb)} |`;
  });
  const ratios: string[] = [];
  for (const row of rows) {
    const same = (x: Row) => x.variant === row.variant && x.corpus.nodes === row.corpus.nodes;
    const naive = rows.find((x) => x.mode === 'naive' && same(x))?.result;
    if (row.mode !== 'view' || !row.result || !naive) continue;
    const v = row.result;
    ratios.push(
      `- ${n(row.corpus.nodes)} nodes: first frame ×${(naive.firstFrameMs / v.firstFrameMs).toFixed(1)} faster, ` +
        `pan/zoom ×${(v.fps / naive.fps).toFixed(1)} the frame rate, filter toggle ×${(naive.filter.ms / v.filter.ms).toFixed(1)} faster, ` +
        `heap ×${(naive.heapMb / v.heapMb).toFixed(1)} smaller than naive`,
    );
  }
  return [...head, ...lines, '', ...NOTES, '', TARGETS, '', 'View graph vs naive baseline:', ...ratios].join('\n');
}

/**
 * Browser benchmark (`npm run bench:browser`): loads synthetic graphs of 1k–100k nodes into a page built
 * from the app's own pieces in headless Debian Chromium, and measures time to first frame, pan/zoom frame
 * rate, filter toggle, expand, chain trace and JS heap — the budgeted view graph against the naive
 * baseline that hands Cytoscape the whole graph. Then the full-app scenario (app-scenario.ts): the built app
 * imports synthetic article corpora through its file input and reopens them from IndexedDB. Prints markdown tables.
 *
 * Options: --sizes=1000,5000 (default 1k,5k,20k,50k,100k) --naive-max=50000 (larger naive runs take
 * minutes and over a gigabyte, so they are skipped unless asked for); --app-sizes=1000,10000 (articles;
 * default 1000: 10k takes tens of minutes); --only=graphs or --only=app runs one scenario.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { syntheticCorpus } from '../../src/test-support/story-corpus';
import { serializeGraph } from '../../src/model';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from '../browser';
import { writeAppCorpus } from './app-corpus';
import { naiveReopen } from './app-baseline';
import { buildApp, runAppScenario, serveApp } from './app-scenario';
import { formatAppTable, type AppRow } from './app-table';
import type { BenchMode, RenderVariant, RunResult } from './bench-types';
import { formatTable, type Row } from './format-table';
import { BENCH_OUT_DIR } from './vite.config';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const SIZES = (arg('sizes') ?? '1000,5000,20000,50000,100000').split(',').map(Number);
const NAIVE_MAX = Number(arg('naive-max') ?? 50_000);
const APP_SIZES = (arg('app-sizes') ?? '1000').split(',').map(Number);
const ONLY = arg('only');
if (ONLY !== undefined && ONLY !== 'graphs' && ONLY !== 'app')
  throw new Error(`bench-browser: --only=${ONLY}: expected graphs or app`);

interface Run {
  mode: BenchMode;
  variant: RenderVariant;
}

/** The comparison (view vs naive, both with the app's look), then the view with Cytoscape's big-view options and with the cheapest look. */
const RUNS: Run[] = [
  { mode: 'view', variant: 'app' },
  { mode: 'naive', variant: 'app' },
  { mode: 'view', variant: 'lean' },
  { mode: 'view', variant: 'plain' },
];

interface Corpus {
  /** The size asked for; the generator adds a few nodes (the echo chain). */
  size: number;
  file: string;
  hotClaim: string;
  outlet: string;
  nodes: number;
  edges: number;
}

function writeCorpus(size: number): Corpus {
  const { graph, hotClaim } = syntheticCorpus(size);
  mkdirSync(join(BENCH_OUT_DIR, 'graphs'), { recursive: true });
  const file = `graphs/graph-${size}.json`;
  writeFileSync(join(BENCH_OUT_DIR, file), JSON.stringify(serializeGraph(graph)));
  // The outlet with most articles: hiding it is the heaviest single filter toggle.
  const outlet = graph
    .filterNodes((_k, a) => a.kind === 'outlet')
    .sort((a, b) => graph.outDegree(b) - graph.outDegree(a) || (a < b ? -1 : 1))[0]!;
  return { size, file, hotClaim, outlet, nodes: graph.order, edges: graph.size };
}

/**
 * Drags the view around and wheel-zooms in and out with real mouse input for at least 2 s (and 10 steps each),
 * at most 20 s, while the page records frames. Real input matters: Cytoscape's big-view options
 * (textureOnViewport, hideEdgesOnViewport) only engage during user gestures.
 */
async function panAndZoom(page: Page) {
  await page.evaluate(() => window.__bench!.startFrames());
  const within = (minMs: number, maxMs: number, steps: number, start: number) => {
    const elapsed = Date.now() - start;
    return elapsed < maxMs && (elapsed < minMs || steps < 10);
  };
  // Start in a corner: the spiral layout leaves it empty, so the drag pans instead of moving a node.
  await page.mouse.move(30, 30);
  await page.mouse.down();
  for (let i = 0, start = Date.now(); within(1_000, 10_000, i, start); i++) {
    await page.mouse.move(30 + 120 * Math.sin(i / 4), 30 + 80 * (1 - Math.cos(i / 5)));
  }
  await page.mouse.up();
  await page.mouse.move(700, 450);
  for (let i = 0, start = Date.now(); within(1_000, 10_000, i, start); i++) {
    await page.mouse.wheel(0, i % 16 < 8 ? -60 : 60);
  }
  return page.evaluate(() => window.__bench!.stopFrames());
}

async function runOne(browser: Browser, baseUrl: string, corpus: Corpus, run: Run): Promise<RunResult> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(15 * 60_000);
  try {
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.__bench !== undefined);
    const loaded = await page.evaluate((url) => window.__bench!.load(url), corpus.file);
    const first = await page.evaluate(([m, v]) => window.__bench!.firstFrame(m, v), [run.mode, run.variant] as const);
    const frames = await panAndZoom(page);
    const filter = await page.evaluate((o) => window.__bench!.filterToggle(o), corpus.outlet);
    const expand = await page.evaluate(() => window.__bench!.expand('agg:sources'));
    // The chain query belongs to src/query; if it fails, say so in the table rather than lose the run.
    const chainMs = await page
      .evaluate((c) => window.__bench!.chainTrace(c), corpus.hotClaim)
      .catch((err: Error) => {
        process.stderr.write(`bench-browser: chain trace failed: ${err.message.split('\n')[0]}\n`);
        return NaN;
      });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      importMs: loaded.importMs,
      firstFrameMs: first.ms,
      buildMs: first.buildMs,
      drawn: first.drawn,
      ...frames,
      filter,
      expand,
      chainMs,
      heapMb: heap.usedSize / 2 ** 20,
    };
  } finally {
    await page.close();
  }
}

async function graphScenario(browser: Browser, baseUrl: string): Promise<string> {
  const corpora = SIZES.map(writeCorpus);
  const rows: Row[] = [];
  for (const corpus of corpora) {
    for (const run of RUNS) {
      if (run.mode === 'naive' && corpus.size > NAIVE_MAX) {
        rows.push({ corpus, ...run, result: null });
        continue;
      }
      process.stderr.write(`bench-browser: ${corpus.nodes} nodes, ${run.mode} (${run.variant} style)…\n`);
      rows.push({ corpus, ...run, result: await runOne(browser, baseUrl, corpus, run) });
    }
  }
  return formatTable(rows, NAIVE_MAX);
}

/** The built app imports and reopens each corpus; the naive baseline then draws the graph the app stored. */
async function appScenario(browser: Browser, benchUrl: string): Promise<string> {
  await buildApp();
  const app = await serveApp();
  const rows: AppRow[] = [];
  try {
    for (const size of APP_SIZES) {
      const corpus = writeAppCorpus(size);
      const file = `graphs/app-${size}.json`;
      mkdirSync(join(BENCH_OUT_DIR, 'graphs'), { recursive: true });
      process.stderr.write(`bench-browser: app, ${size} articles in ${corpus.files.length} files…\n`);
      const result = await runAppScenario(browser, app.url, corpus, join(BENCH_OUT_DIR, file));
      rmSync(join(corpus.files[0]!, '..'), { recursive: true, force: true });
      process.stderr.write(`bench-browser: naive baseline on the stored ${result.nodes}-node graph…\n`);
      const naive = result.nodes > NAIVE_MAX ? null : await naiveReopen(browser, benchUrl, file);
      rows.push({ result, naive });
    }
  } finally {
    await app.close();
  }
  return formatAppTable(rows, NAIVE_MAX);
}

async function main(): Promise<void> {
  const configFile = new URL('./vite.config.ts', import.meta.url).pathname;
  await build({ configFile });
  const server = await preview({ configFile, preview: { host: '127.0.0.1', port: 4176, strictPort: false } });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('bench-browser: the preview server reported no URL');
  const browser = await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const tables: string[] = [];
  try {
    if (ONLY !== 'app') tables.push(await graphScenario(browser, baseUrl));
    if (ONLY !== 'graphs') tables.push(`## Full app: import and reopen\n\n${await appScenario(browser, baseUrl)}`);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  const [load1] = loadavg();
  const machine = `${cpus().length} cores, load average ${load1!.toFixed(1)} at the end of the run`;
  process.stdout.write(`${tables.join('\n\n')}\n\nMachine: ${machine}.\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench-browser: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});

import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { build, preview } from 'vite';
import type { AppCorpus } from './app-corpus';

/**
 * The full-app scenario: the real app shell (built as `npm run test:e2e` builds it, `--mode e2e`, which adds
 * only the read-only `window.__sourcetrace` hook the timings are read from) imports a synthetic corpus through
 * its file input, then is reloaded and reopens the workspace from IndexedDB.
 */

const ROOT_CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
/** Where the app is built for the bench; beside the bench page, never committed. */
export const APP_OUT_DIR = fileURLToPath(new URL('../../node_modules/.cache/bench-app', import.meta.url));
const IMPORT_TIMEOUT_MS = 90 * 60_000;

export async function buildApp(): Promise<void> {
  await build({ configFile: ROOT_CONFIG, mode: 'e2e', logLevel: 'warn', build: { outDir: APP_OUT_DIR } });
}

/** Serves the built app; resolves with its URL and a way to stop the server. */
export async function serveApp(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    configFile: ROOT_CONFIG,
    mode: 'e2e',
    logLevel: 'warn',
    build: { outDir: APP_OUT_DIR },
    preview: { host: '127.0.0.1', port: 4177, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('bench-browser: the app preview server reported no URL');
  return { url, close: () => new Promise<void>((resolve) => server.httpServer.close(() => resolve())) };
}

export interface AppRunResult {
  articles: number;
  files: number;
  megabytes: number;
  /** Graph after the import (sample corpus included), and what the canvas draws of it. */
  nodes: number;
  edges: number;
  drawnNodes: number;
  /** Files picked until the import report is shown, the progress gone and the new graph painted. */
  importMs: number;
  /** Of importMs: when the worker moved on to merging and to saving (null when never seen). */
  mergingAtMs: number | null;
  savingAtMs: number | null;
  /**
   * Reload (navigation start) until the first painted frame of the restored workspace (its stored first frame,
   * or the whole graph when there is none), and until the whole graph is in and its positions are final.
   */
  reopenFirstFrameMs: number;
  reopenReadyMs: number;
  /** What the first frame was painted from: the stored first-frame record or the whole graph. */
  reopenFrom: 'record' | 'graph';
  /** Layouts run by the reopen (0: every node came back where it was). */
  reopenLayouts: number;
  /**
   * Reload until search lists a known outlet (typed once the first frame is painted), and whether the whole
   * graph was in by then; null when the corpus has no outlet to search for.
   */
  reopenSearchMs: number | null;
  searchBeforeGraph: boolean | null;
  /** Bytes of the stored (gzipped) search record the reopen searched from. */
  searchRecordBytes: number;
  /** The report's headline, to check nothing was skipped. */
  headline: string;
}

/**
 * The app's graph is the restored/imported one (`nodes` of it), drawn (some nodes visible) and painted; with
 * `firstFrame`, the stored first frame of a reopen counts too (painted before the graph is in).
 */
async function waitForDrawn(page: Page, nodes: number, laidOut: boolean, firstFrame = false): Promise<number> {
  await page.waitForFunction(
    ([n, ready, early]) => {
      const h = window.__sourcetrace;
      if (!h || h.counts().visibleNodes === 0) return false;
      if (early && h.firstFrameShown()) return true;
      if (h.graphCounts().nodes !== n) return false;
      return !ready || h.ready();
    },
    [nodes, laidOut, firstFrame] as const,
    { polling: 'raf', timeout: IMPORT_TIMEOUT_MS },
  );
  // Two frames: Cytoscape paints in its own frame callback, so the second one follows a painted frame.
  return page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))),
  );
}

/** Records (in page time) when the progress text first says merging and saving. */
function watchPhases(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __phases: Record<string, number> };
    w.__phases = {};
    new MutationObserver(() => {
      const text = document.querySelector('.import-progress-text')?.textContent ?? '';
      if (text.startsWith('Merging')) w.__phases.merging ??= performance.now();
      if (text.startsWith('Saving')) w.__phases.saving ??= performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * A page script (a string: tsx would wrap a function's helpers in `__name`, which the page does not have)
 * that opens the app's IndexedDB, runs `body` with `db` and `request` (an IDBRequest as a promise) and closes it.
 */
const withDb = (body: string) => `(async () => {
  const request = (r) => new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const db = await request(indexedDB.open('sourcetrace'));
  try {
    ${body}
  } finally {
    db.close();
  }
})()`;

/** True once IndexedDB holds a first-frame record. */
const storedFirstFrame = withDb(`
  return db.objectStoreNames.contains('firstFrame') &&
    (await request(db.transaction('firstFrame').objectStore('firstFrame').count('current'))) === 1;`);

/**
 * Evaluates an async page script every 250 ms until it gives a truthy value, and returns that value.
 * Not waitForFunction: it takes the promise an async script returns for the truthy value, so never waits.
 */
async function untilTruthy(page: Page, script: string): Promise<unknown> {
  const deadline = Date.now() + IMPORT_TIMEOUT_MS;
  for (;;) {
    const value: unknown = await page.evaluate(script);
    if (value) return value;
    if (Date.now() > deadline) throw new Error('bench-browser: timed out waiting for a stored record');
    await page.waitForTimeout(250);
  }
}

/** Bytes of the stored search record once there is one, else 0. */
const storedSearchBytes = withDb(`
  if (!db.objectStoreNames.contains('search')) return 0;
  const stored = await request(db.transaction('search').objectStore('search').get('current'));
  return stored && stored.bytes ? stored.bytes.byteLength : 0;`);

/** What the search box lists first for `query` now, or null when it lists nothing. */
async function firstHit(page: Page, query: string): Promise<string | null> {
  await page.getByRole('combobox').fill(query);
  const option = page.getByRole('option').first();
  const listed = await option.waitFor({ timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  return listed ? option.locator('.hit-label').textContent() : null;
}

/** The search query typed on reopen: the first wire service of the gazetteer the synthetic corpus draws from. */
const SEARCH_QUERY = 'Reuters';

/**
 * Saves the workspace graph exactly as the app stored it in IndexedDB (the record a reopen reads), through a
 * download, so the naive baseline can draw the very same graph: a 10k-article graph is too big to hand back
 * through page.evaluate.
 */
async function saveStoredGraph(page: Page, path: string): Promise<void> {
  const download = page.waitForEvent('download');
  download.catch(() => undefined); // a failure of the page script below is the one to report
  await page.evaluate(
    withDb(`
    const tx = db.transaction(['workspace', 'graphParts']);
    const stored = await request(tx.objectStore('workspace').get('current'));
    // Nodes and edges are stored in parts (app/persistence/graph-chunks.ts): put the graph together again.
    const parts = await request(tx.objectStore('graphParts').getAll());
    for (const part of parts) {
      for (const node of part.nodes) stored.graph.nodes.push(node);
      for (const edge of part.edges) stored.graph.edges.push(edge);
    }
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([JSON.stringify(stored.graph)], { type: 'application/json' }));
    a.download = 'graph.json';
    document.body.append(a);
    a.click();
    a.remove();`),
  );
  await (await download).saveAs(path);
}

/**
 * Imports the corpus into a fresh profile (sample corpus loaded first, as on a first visit), then reloads.
 * `graphFile`: where to save the stored graph for the naive baseline.
 */
export async function runAppScenario(
  browser: Browser,
  url: string,
  corpus: AppCorpus,
  graphFile: string,
): Promise<AppRunResult> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(IMPORT_TIMEOUT_MS);
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__sourcetrace?.ready() === true);
    const before = await page.evaluate(() => window.__sourcetrace!.graphCounts().nodes);
    await watchPhases(page);
    const start = await page.evaluate(() => performance.now());
    await page.getByLabel('Choose files to import').setInputFiles(corpus.files);
    // Done: the report replaced the progress bar (it is cleared when an import starts) and the graph grew.
    await page.waitForFunction(
      (n) =>
        !document.querySelector('progress[aria-label="Import progress"]') &&
        document.querySelector('[aria-label="Import report"]') !== null &&
        (window.__sourcetrace?.graphCounts().nodes ?? 0) > n,
      before,
      { polling: 'raf', timeout: IMPORT_TIMEOUT_MS },
    );
    const { nodes, edges } = await page.evaluate(() => window.__sourcetrace!.graphCounts());
    const painted = await waitForDrawn(page, nodes, true);
    const phases = await page.evaluate(() => (window as unknown as { __phases: Record<string, number> }).__phases);
    const headline = (await page.locator('.report-headline').textContent()) ?? '';
    const drawnNodes = await page.evaluate(() => window.__sourcetrace!.counts().visibleNodes);

    // The canvas stores its first frame shortly after the drawing settles; a reopen before that reads the graph.
    await untilTruthy(page, storedFirstFrame);
    // Search stores its record a second after the graph on screen last changed.
    const searchRecordBytes = Number(await untilTruthy(page, storedSearchBytes));
    const hit = await firstHit(page, SEARCH_QUERY);
    await page.reload({ waitUntil: 'commit' });
    // performance.now() counts from the reload's navigation start in the new document.
    const reopenFirstFrameMs = await waitForDrawn(page, nodes, false, true);
    const reopenFrom = (await page.evaluate(() => window.__sourcetrace!.firstFrameShown())) ? 'record' : 'graph';
    let reopenSearchMs: number | null = null;
    let searchBeforeGraph: boolean | null = null;
    if (hit !== null) {
      await page.getByRole('combobox').fill(SEARCH_QUERY);
      await page.getByRole('option').first().locator('.hit-label', { hasText: hit }).waitFor();
      [reopenSearchMs, searchBeforeGraph] = await page.evaluate(
        (n) => [performance.now(), window.__sourcetrace!.graphCounts().nodes !== n] as const,
        nodes,
      );
    }
    const reopenReadyMs = await waitForDrawn(page, nodes, true);
    const reopenLayouts = await page.evaluate(() => window.__sourcetrace!.counts().layoutRuns);
    await saveStoredGraph(page, graphFile);
    const at = (t: number | undefined) => (t === undefined ? null : t - start);
    return {
      articles: corpus.articles,
      files: corpus.files.length,
      megabytes: corpus.bytes / 2 ** 20,
      nodes,
      edges,
      drawnNodes,
      importMs: painted - start,
      mergingAtMs: at(phases.merging),
      savingAtMs: at(phases.saving),
      reopenFirstFrameMs,
      reopenReadyMs,
      reopenFrom,
      reopenLayouts,
      reopenSearchMs,
      searchBeforeGraph,
      searchRecordBytes,
      headline,
    };
  } finally {
    await context.close();
  }
}

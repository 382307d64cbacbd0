import type { Browser } from '@playwright/test';

/** The naive baseline for a reopen: the bench page validates the same graph JSON and hands Cytoscape all of it. */
export interface NaiveReopen {
  /** Validated JSON parse into graphology (what a reopen does with the stored record). */
  importMs: number;
  /** Building the element list, Cytoscape adding, styling and painting everything (preset positions). */
  firstFrameMs: number;
  drawn: number;
}

/**
 * Runs the existing naive mode of the bench page (`window.__bench`, page/bench-page.ts) on a graph file served
 * by the bench page's server (`file` relative to it), with the app's stylesheet.
 */
export async function naiveReopen(browser: Browser, benchUrl: string, file: string): Promise<NaiveReopen> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30 * 60_000);
  try {
    await page.goto(benchUrl);
    await page.waitForFunction(() => window.__bench !== undefined);
    const loaded = await page.evaluate((url) => window.__bench!.load(url), file);
    const first = await page.evaluate(() => window.__bench!.firstFrame('naive', 'app'));
    return { importMs: loaded.importMs, firstFrameMs: first.ms, drawn: first.drawn };
  } finally {
    await page.close();
  }
}

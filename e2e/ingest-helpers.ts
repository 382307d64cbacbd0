import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** The seed article, read from beside the repo at test time (it is never copied into the repo). */
export const SEED = {
  name: 'seed-article.txt',
  mimeType: 'text/plain',
  buffer: readFileSync(new URL('../../shared/corpus/seed-article.txt', import.meta.url)),
};

/** Our own saved page: og:site_name and JSON-LD name its outlet, The Harbour Ledger. */
export const PAGE = {
  name: 'harbour-ledger.html',
  mimeType: 'text/html',
  buffer: readFileSync(new URL('./fixtures/ingest/app/harbour-ledger.html', import.meta.url)),
};
export const PAGE_TITLE = 'Ferry service to Elm Island suspended after inspection';
export const PAGE_OUTLET = 'outlet:harbour-ledger';

/** An RSS feed of three items, one of them ("Ferry timetable changes") only a short summary. */
export const FEED = {
  name: 'feed.rss',
  mimeType: 'application/rss+xml',
  buffer: readFileSync(new URL('./fixtures/ingest/feed.rss', import.meta.url)),
};
export const FEED_SUMMARY_TITLE = 'Ferry timetable changes';

/** A PNG header and some bytes: a binary file no parser should accept. */
export const BINARY = {
  name: 'scan.png',
  mimeType: 'image/png',
  buffer: Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
  ]),
};

/** Picks files with the import button's file input. */
export async function pickFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByLabel('Choose files to import').setInputFiles(files);
}

/** Drops a file on the page as a user dragging it from the desktop would (a synthetic DataTransfer). */
export async function dropFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const transfer = await page.evaluateHandle(
    ({ name, mimeType, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: mimeType }));
      return dt;
    },
    { name: file.name, mimeType: file.mimeType, text: file.buffer.toString('utf8') },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

/** The last import's report (a region of the page). */
export const importReport = (page: Page) => page.getByRole('region', { name: 'Import report' });

/** Waits until no import runs: the progress bar is gone and a report is shown. */
export async function waitForImport(page: Page) {
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeHidden();
  await expect(importReport(page)).toBeVisible();
}

/**
 * Holds the ingest worker's script until `release` is called, so the test can see the import running
 * (progress at 0 of n) without racing it; the request is then served unchanged.
 */
export async function holdIngestWorker(page: Page): Promise<{ release: () => void }> {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/ingest\.worker[^/]*\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return { release: () => release() };
}

/** Node keys in the graph, sorted (through the read-only e2e hook). */
export async function sortedNodeKeys(page: Page): Promise<string[]> {
  const keys = await page.evaluate(() => window.__sourcetrace?.nodeKeys() ?? []);
  return [...keys].sort();
}

import { expect, test, type Page } from '@playwright/test';
import {
  holdIngestWorker,
  importReport,
  PAGE,
  PAGE_OUTLET,
  PAGE_TITLE,
  pickFiles,
  SEED,
  sortedNodeKeys,
  waitForImport,
} from './ingest-helpers';
import { holdStoredGraph, releaseStoredGraph, waitForHeldGraph } from './hold-stored-graph';
import { storedFirstFramePositions, storedSearchKeys } from './stored-records';
import { hook, openApp } from './test-hook';

/** Many short articles in one JSONL file: long enough to cancel while the worker is extracting. */
function bigJsonl(count: number) {
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      id: `bulk-${i}`,
      outlet: 'The Quarry Gazette',
      text: `Officials in district ${i} said the quarry road would close for repairs. The council told residents that detours would be signposted. A spokesman for the works department said the job would take ${i + 2} weeks.`,
    }),
  );
  return { name: 'bulk.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(lines.join('\n')) };
}

async function importSeedAndPage(page: Page) {
  await pickFiles(page, [SEED, PAGE]);
  await waitForImport(page);
  await expect(importReport(page)).toContainText('Imported 2 articles from 2 files');
}

test.describe('the workspace survives a reload', () => {
  test('imported articles and the graph are there after a reload; a removal sticks too', async ({ page }) => {
    await openApp(page);
    await importSeedAndPage(page);
    const imported = await sortedNodeKeys(page);
    expect(imported).toContain(PAGE_OUTLET);

    await page.reload();
    await openApp(page);
    expect(await sortedNodeKeys(page)).toEqual(imported);
    const articles = page.getByRole('region', { name: 'Articles', exact: true });
    await expect(articles).toContainText(PAGE_TITLE);

    await articles.getByRole('button', { name: `Remove ${PAGE_TITLE}` }).click();
    await expect(articles).not.toContainText(PAGE_TITLE);
    await expect.poll(async () => (await sortedNodeKeys(page)).includes(PAGE_OUTLET)).toBe(false);
    const removed = await sortedNodeKeys(page);
    await page.reload();
    await openApp(page);
    expect(await sortedNodeKeys(page)).toEqual(removed);
  });

  test('a reload paints the same nodes at the same positions without a new layout, and search works', async ({
    page,
  }) => {
    await openApp(page);
    await importSeedAndPage(page);
    await expect.poll(() => hook(page, 'ready')).toBe(true);
    const positions = await hook(page, 'nodePositions');
    expect(Object.keys(positions)).toContain(PAGE_OUTLET);
    // The canvas stores its first frame once the drawing has settled: wait until it is this drawing.
    await expect.poll(() => storedFirstFramePositions(page)).toEqual(positions);

    await page.reload();
    await openApp(page);
    expect(await hook(page, 'nodePositions')).toEqual(positions);
    expect((await hook(page, 'counts')).layoutRuns).toBe(0);
    expect(await hook(page, 'graphCounts')).toMatchObject({ nodes: Object.keys(positions).length });

    const search = page.getByRole('combobox');
    await search.fill('Harbour Ledger');
    await expect(page.getByRole('option').first()).toContainText('Harbour Ledger');
    await search.press('Enter');
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: PAGE_OUTLET });
  });

  test('a reload searches before the graph is read, and a result chosen then is selected once it is', async ({
    page,
  }) => {
    await openApp(page);
    await importSeedAndPage(page);
    // The search record is stored once the saved workspace is on screen and has settled.
    await expect.poll(() => storedSearchKeys(page)).toContain(PAGE_OUTLET);

    await holdStoredGraph(page);
    await page.reload();
    await waitForHeldGraph(page);
    const search = page.getByRole('combobox');
    await search.fill('Harbour Ledger');
    await expect(page.getByRole('option').first()).toContainText('Harbour Ledger');
    // Answered from the stored record: the graph itself is still not read.
    expect(await hook(page, 'graphCounts')).toEqual({ nodes: 0, edges: 0 });
    await search.press('Enter');
    expect(await hook(page, 'selection')).toBeNull(); // nothing to select yet: the choice waits

    await releaseStoredGraph(page);
    await page.waitForFunction(() => window.__sourcetrace?.ready() === true);
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: PAGE_OUTLET });
  });

  test('a cancelled import leaves the graph and the stored workspace as they were', async ({ page }) => {
    await openApp(page);
    await importSeedAndPage(page);
    const stored = await sortedNodeKeys(page);

    // Large enough that reading and merging outlast the click on any machine: cancel is refused only while saving.
    await pickFiles(page, [bigJsonl(3000)]);
    const status = page.getByRole('group', { name: 'Import' });
    await expect(status).toContainText('reading bulk.jsonl'); // the worker has started on the file
    await status.getByRole('button', { name: 'Cancel import' }).click();
    await expect(importReport(page)).toContainText('Import cancelled; nothing was changed.');
    await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeHidden();
    expect(await sortedNodeKeys(page)).toEqual(stored);

    await page.reload();
    await openApp(page);
    expect(await sortedNodeKeys(page)).toEqual(stored);
  });

  test('a corrupt file changes nothing in storage; clearing the workspace asks first', async ({ page }) => {
    await openApp(page);
    await importSeedAndPage(page);
    const stored = await sortedNodeKeys(page);
    await pickFiles(page, [{ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"text": ') }]);
    await waitForImport(page);
    await expect(importReport(page)).toContainText('broken.json');
    await expect(importReport(page).locator('.report-problems')).toContainText('ingest/json');
    await page.reload();
    await openApp(page);
    expect(await sortedNodeKeys(page)).toEqual(stored);

    const articles = page.getByRole('region', { name: 'Articles', exact: true });
    await articles.getByRole('button', { name: 'Clear workspace…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Clear the workspace?' });
    await confirm.getByRole('button', { name: 'Keep everything' }).click();
    await expect(confirm).toBeHidden();
    expect(await sortedNodeKeys(page)).toEqual(stored);

    await articles.getByRole('button', { name: 'Clear workspace…' }).click();
    await confirm.getByRole('button', { name: 'Clear workspace' }).click();
    await expect(articles).toContainText('No articles yet');
    await expect.poll(() => sortedNodeKeys(page)).toEqual([]);
    await page.reload();
    await expect(page.getByText('0 nodes, 0 edges')).toBeVisible();
    await expect(articles).toContainText('No articles yet');
  });
});

test('the import waits for the worker without blocking the page', async ({ page }) => {
  await openApp(page);
  const worker = await holdIngestWorker(page);
  await pickFiles(page, [SEED]);
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  // The page still answers: the search box takes input while the import is pending.
  await page.getByRole('combobox').fill('wsj');
  await expect(page.getByRole('option').first()).toBeVisible();
  worker.release();
  await waitForImport(page);
});

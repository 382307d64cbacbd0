import { expect, test } from '@playwright/test';
import {
  BINARY,
  dropFile,
  FEED,
  FEED_SUMMARY_TITLE,
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
import { hook, openApp } from './test-hook';

test.describe('importing articles', () => {
  test('picker and drop: progress runs to the end, new outlets join the graph, the reader selects', async ({
    page,
  }) => {
    await openApp(page);
    const before = await sortedNodeKeys(page);
    expect(before).not.toContain(PAGE_OUTLET);

    const worker = await holdIngestWorker(page);
    await pickFiles(page, [SEED]);
    const progress = page.getByRole('progressbar', { name: 'Import progress' });
    await expect(progress).toBeVisible();
    await expect(page.getByRole('group', { name: 'Import' })).toContainText('0/1 files');
    worker.release();
    await waitForImport(page);
    await expect(importReport(page)).toContainText('Imported 1 article from 1 file');
    await expect(importReport(page)).toContainText('seed-article.txt (text): 1 article');
    const articleCount = async () => (await sortedNodeKeys(page)).filter((k) => k.startsWith('article:')).length;
    const beforeArticles = before.filter((k) => k.startsWith('article:')).length;
    await expect.poll(articleCount).toBe(beforeArticles + 1);

    await dropFile(page, PAGE);
    await waitForImport(page);
    await expect(importReport(page)).toContainText('harbour-ledger.html (html): 1 article');
    await expect.poll(async () => (await sortedNodeKeys(page)).includes(PAGE_OUTLET)).toBe(true);
    const after = await sortedNodeKeys(page);
    // Merged, no article lost (claims and entities may fold into clusters across the corpus).
    for (const key of before.filter((k) => k.startsWith('article:'))) expect(after).toContain(key);

    const articles = page.getByRole('region', { name: 'Articles', exact: true });
    await articles.getByRole('button', { name: new RegExp(`^${PAGE_TITLE}`) }).click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await expect(reader.getByRole('heading', { name: PAGE_TITLE })).toBeVisible();
    await expect(reader).toContainText('The Harbour Ledger');
    const source = reader.locator('mark.hl-source[role="button"]').first();
    await expect(source).toBeVisible();
    await source.click();
    await expect.poll(async () => (await hook(page, 'selection'))?.type).toBe('node');
    const selected = await hook(page, 'selection');
    expect(after).toContain(selected?.key);
  });

  test('a feed item with only a short summary is imported and shown as a summary', async ({ page }) => {
    await openApp(page);
    await pickFiles(page, [FEED]);
    await waitForImport(page);
    await expect(importReport(page)).toContainText(
      'Imported 3 articles from 1 file, 1 of them only a feed summary, not the full article.',
    );
    await expect(importReport(page)).toContainText('feed.rss (feed): 3 articles (1 only a feed summary)');
    const articles = page.getByRole('region', { name: 'Articles', exact: true });
    const teaser = articles.getByRole('button', { name: new RegExp(`^${FEED_SUMMARY_TITLE}`) });
    await expect(teaser).toContainText('feed summary only');
    const full = articles.getByRole('button', { name: /^Harbour review widens/ });
    await expect(full).not.toContainText('feed summary only');
    await teaser.click();
    const reader = page.getByRole('region', { name: 'Reader' });
    await expect(reader.getByRole('heading', { name: FEED_SUMMARY_TITLE })).toBeVisible();
    await expect(reader.getByRole('note')).toContainText('Only a feed summary, not the full article');
    await expect(reader).toContainText('Summer timetable starts next week.');
    await full.click();
    await expect(reader.getByRole('heading', { name: 'Harbour review widens' })).toBeVisible();
    await expect(reader.getByRole('note')).toHaveCount(0);
  });

  test('a binary file is refused with a message naming it, and the graph is unchanged', async ({ page }) => {
    await openApp(page);
    const before = await sortedNodeKeys(page);
    await pickFiles(page, [BINARY]);
    await waitForImport(page);
    await expect(importReport(page)).toContainText('Imported 0 articles from 1 file; 1 skipped');
    await expect(importReport(page)).toContainText('scan.png');
    await expect(importReport(page)).toContainText(/binary file/);
    expect(await sortedNodeKeys(page)).toEqual(before);
  });

  test('paste text imports one article', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Paste text…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paste an article' });
    await dialog.getByLabel('Name (optional)').fill('river note');
    await dialog
      .getByLabel('Article text')
      .fill('The water board said on Monday that the Lark river had reached its highest level in forty years.');
    await dialog.getByRole('button', { name: 'Import text' }).click();
    await waitForImport(page);
    await expect(importReport(page)).toContainText('river note.txt (text): 1 article');
    await expect(page.getByRole('region', { name: 'Articles', exact: true })).toContainText('The water board said');
  });
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pickFiles, sortedNodeKeys, waitForImport } from './ingest-helpers';
import { hook, openApp } from './test-hook';

/**
 * Our own five-article story: the Coast Gazette reports it from port officials, three outlets repeat the
 * Gazette (one of them undated), and Island Voice has its own named source, the harbour master.
 */
const STORY = {
  name: 'ferry-story.jsonl',
  mimeType: 'application/jsonl',
  buffer: readFileSync(new URL('./fixtures/trust/ferry-story.jsonl', import.meta.url)),
};
const ECHO_CITE = 'cites|article:north-star-ferry|outlet:coast-gazette';
const SENTENCES = [
  'port officials told the Coast Gazette on Monday',
  'Harbour master Elena Sorensen said the island ferry will stop running for a winter refit in January',
];

/** Starts from an empty workspace (the sample corpus would crowd the queue) and imports the story. */
async function openStory(page: Page) {
  await openApp(page);
  const articles = page.getByRole('region', { name: 'Articles', exact: true });
  await articles.getByRole('button', { name: 'Clear workspace…' }).click();
  await page
    .getByRole('dialog', { name: 'Clear the workspace?' })
    .getByRole('button', { name: 'Clear workspace' })
    .click();
  await expect.poll(() => sortedNodeKeys(page)).toEqual([]);
  await pickFiles(page, [STORY]);
  await waitForImport(page);
  await page.waitForFunction(() => window.__sourcetrace?.ready() === true);
}

async function selectClaim(page: Page) {
  await page.getByRole('combobox', { name: 'Search nodes' }).fill('island ferry will stop running');
  await page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option')
    .filter({ hasText: 'Claim' })
    .first()
    .click();
  await expect.poll(async () => (await hook(page, 'selection'))?.key ?? '').toMatch(/^claim:/);
}

const review = (page: Page) => page.getByRole('complementary', { name: 'Review' });

/** The queue ranks only while open (it walks every chain), so a reviewer opens it first. */
async function openQueue(page: Page) {
  const queue = review(page).locator('details.review-queue');
  if ((await queue.getAttribute('open')) === null) await queue.locator('summary').click();
  return review(page).getByRole('listbox', { name: 'Edges to review' });
}
const trust = (page: Page) => review(page).getByRole('region', { name: 'Trust signals' });

test.describe('trust signals and review', () => {
  test('echoes collapse into one source; first reporter and unknown dates; wording drift', async ({ page }) => {
    await openStory(page);
    await selectClaim(page);
    await expect(trust(page).getByTestId('independent-summary')).toHaveText('5 outlets, 2 independent sources');
    const reporters = trust(page).getByRole('list', { name: 'Reporters by publication date' }).getByRole('listitem');
    await expect(reporters).toHaveCount(5);
    await expect(reporters.first()).toContainText('Coast Gazette');
    await expect(reporters.first()).toContainText('first');
    await expect(reporters.last()).toContainText('date unknown');
    await expect(reporters.last()).toContainText('Town Crier');
    await expect(trust(page).getByRole('list', { name: 'Primary sources' })).toContainText('Elena Sorensen');
    const drift = trust(page).getByRole('list', { name: 'Wording hop by hop' });
    await expect(drift).toContainText('North Star, repeating Coast Gazette');
    await expect(drift.locator('ins').first()).toBeVisible();
    await expect(drift.locator('del').first()).toBeVisible();
  });

  test('the threshold hides shaky edges through the filters', async ({ page }) => {
    await openStory(page);
    expect(await hook(page, 'edgeClasses', ECHO_CITE)).not.toContain('hidden');
    const slider = page.getByRole('slider', { name: /Hide edges below/ });
    await slider.fill('0.9');
    await expect.poll(() => hook(page, 'edgeClasses', ECHO_CITE)).toContain('hidden');
    await slider.fill('0');
    await expect.poll(() => hook(page, 'edgeClasses', ECHO_CITE)).not.toContain('hidden');
  });

  test('a rejected edge stays rejected after a reload; undo brings it back', async ({ page }) => {
    await openStory(page);
    const queue = await openQueue(page);
    const item = queue.getByRole('option').filter({ hasText: 'Ferry refit planned cites Coast Gazette' });
    await item.click();
    await expect(item).toHaveAttribute('aria-selected', 'true');
    await expect.poll(async () => (await hook(page, 'selection'))?.key).toBe(ECHO_CITE);
    // Keyboard: next and back land on the same item, then reject it.
    await queue.press('j');
    await expect(item).toHaveAttribute('aria-selected', 'false');
    await queue.press('k');
    await expect(item).toHaveAttribute('aria-selected', 'true');
    await queue.press('r');
    await expect(item).toHaveCount(0);
    await expect.poll(async () => (await hook(page, 'edgeKeys')).includes(ECHO_CITE)).toBe(false);

    await page.reload();
    await openApp(page);
    await page.waitForFunction(() => window.__sourcetrace?.review().loaded === true);
    expect((await hook(page, 'review')).decisions).toEqual([{ action: 'reject', target: [ECHO_CITE] }]);
    expect(await hook(page, 'edgeKeys')).not.toContain(ECHO_CITE);
    // Drawn without it, kept in the extracted graph (so undo can bring it back).
    expect((await hook(page, 'graphCounts')).edges).toBe((await hook(page, 'edgeKeys')).length + 1);

    // Importing the same article again does not bring the edge back.
    await pickFiles(page, [STORY]);
    await waitForImport(page);
    await expect.poll(async () => (await hook(page, 'edgeKeys')).includes(ECHO_CITE)).toBe(false);

    await review(page).getByRole('button', { name: 'Undo last decision' }).click();
    await expect.poll(async () => (await hook(page, 'edgeKeys')).includes(ECHO_CITE)).toBe(true);
  });

  test('a node and an edge corrected from the panel, each undoable; the panels pass axe', async ({ page }) => {
    await openStory(page);
    await page.getByRole('combobox', { name: 'Search nodes' }).fill('Elena Sorensen');
    await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().click();
    const panel = review(page).getByRole('region', { name: 'Review the selection' });
    await panel.getByRole('textbox', { name: 'Why (optional)' }).fill('spelling in her office page');
    await panel.getByRole('textbox', { name: 'Name', exact: true }).fill('Elena Sørensen');
    await panel.getByRole('button', { name: 'Rename' }).click();
    await expect(review(page).getByRole('region', { name: 'Review decisions' })).toContainText(
      'spelling in her office page',
    );

    const queue = await openQueue(page);
    await queue.getByRole('option').filter({ hasText: 'Ferry refit planned cites Coast Gazette' }).click();
    await panel.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('mentions');
    await panel.getByRole('button', { name: 'Fix kind' }).click();
    const fixed = ECHO_CITE.replace(/^cites/, 'mentions');
    await expect.poll(async () => (await hook(page, 'edgeKeys')).includes(fixed)).toBe(true);
    expect((await hook(page, 'review')).decisions.map((d) => d.action)).toEqual(['rename', 'set-kind']);

    const axe = await new AxeBuilder({ page }).include('.review-panel').include('.confidence-control').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    const undo = review(page).getByRole('button', { name: 'Undo last decision' });
    await undo.click();
    await expect.poll(async () => (await hook(page, 'edgeKeys')).includes(ECHO_CITE)).toBe(true);
    await undo.click();
    await expect.poll(async () => (await hook(page, 'review')).decisions).toEqual([]);
  });

  test('the dossier holds the evidence sentences, in HTML and Markdown', async ({ page }) => {
    await openStory(page);
    await selectClaim(page);
    const group = trust(page).getByRole('group', { name: 'Export dossier' });
    for (const format of ['HTML', 'Markdown']) {
      const download = page.waitForEvent('download');
      await group.getByRole('button', { name: format }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^sourcetrace-dossier-claim-.+\.(html|md)$/);
      const text = readFileSync((await file.path())!, 'utf8');
      for (const sentence of SENTENCES) expect(text).toContain(sentence);
      expect(text).toContain('5 outlets, 2 independent sources');
    }
  });
});

import { expect, test, type Page } from '@playwright/test';
import { importReport, pickFiles, SEED, waitForImport } from './ingest-helpers';
import { hook, openApp } from './test-hook';

// Issue 14's walk over the seed article (read from beside the repo, never copied into it): each claim is
// found by the words its label starts with, as a reader types them, and its chain read from the chain
// view's paths, outlet first. `sourcetrace trace` prints the same paths (both use claimPaths).

/** Searches for a claim by words of its label and selects it. */
async function selectClaim(page: Page, words: string) {
  await page.getByRole('combobox', { name: 'Search nodes' }).fill(words);
  await page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option')
    .filter({ hasText: words })
    .filter({ hasText: 'Claim' })
    .first()
    .click();
  await expect.poll(async () => (await hook(page, 'selection'))?.key ?? '').toMatch(/^claim:/);
  return (await hook(page, 'selection'))!.key;
}

const chainView = (page: Page) => page.getByRole('region', { name: 'Citation chain' });
const summary = (page: Page) => chainView(page).getByRole('complementary', { name: 'Chain summary' });

/** Opens the selected claim's chain and waits until it is drawn. */
async function traceChain(page: Page, claim: string) {
  await page.getByRole('button', { name: 'Trace citation chain' }).click();
  await expect.poll(() => hook(page, 'chainTrail')).toEqual([claim]);
  await page.waitForFunction(() => window.__sourcetrace?.mode() === 'chain' && window.__sourcetrace.ready());
  await expect(summary(page).getByRole('list', { name: /^Path 1:/ })).toBeVisible();
}

/** Each path the chain view lists, as its steps read: "“cue” label", the primary source's mark last. */
async function pathsShown(page: Page): Promise<string[]> {
  const lists = summary(page).getByRole('list', { name: /^Path \d+:/ });
  return lists.evaluateAll((ols) =>
    ols.map((ol) =>
      [...ol.children].map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).join(' → '),
    ),
  );
}

async function disputersShown(page: Page): Promise<string[]> {
  return summary(page).getByRole('list', { name: 'Disputed by' }).getByRole('listitem').allInnerTexts();
}

async function backToNetwork(page: Page) {
  await chainView(page).getByRole('button', { name: '← Network' }).click();
  await expect(chainView(page)).toBeHidden();
}

const containing = (pattern: RegExp) => expect.arrayContaining([expect.stringMatching(pattern)]);

test.describe('the seed article: claims traced from the outlet to the primary source', () => {
  test('the memos behind The Washington Post, the Journal, and the White House dispute of the strikes', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await openApp(page);
    await pickFiles(page, [SEED]);
    await waitForImport(page);
    await expect(importReport(page)).toContainText('Imported 1 article');
    await importReport(page).getByRole('button', { name: 'Dismiss' }).click();
    await page.waitForFunction(() => window.__sourcetrace?.ready() === true);

    // Radar systems: through The Washington Post ("According to") to the memos.
    let claim = await selectClaim(page, 'production of radar detection systems');
    await traceChain(page, claim);
    await expect
      .poll(() => pathsShown(page))
      .toEqual(containing(/^The Gateway Pundit → .*“According to” The Washington Post → .*official U\.S\. memos/));
    await backToNetwork(page);

    // "Expanded military cooperation": through The Washington Post, ending at the memos as its primary source.
    claim = await selectClaim(page, 'also composed a letter to Chinese President');
    await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('expanded military cooperation');
    const trust = page.getByRole('complementary', { name: 'Review' }).getByRole('region', { name: 'Trust signals' });
    await expect(trust.getByRole('list', { name: 'Primary sources' })).toContainText('official U.S. memos');
    await traceChain(page, claim);
    await expect
      .poll(() => pathsShown(page))
      .toEqual(containing(/The Washington Post → .*official U\.S\. memos primary: document$/));
    await backToNetwork(page);

    // The Journal's second quoted paragraph rests on the Journal itself.
    claim = await selectClaim(page, 'particularly focused on unsettling Maduro');
    await traceChain(page, claim);
    await expect
      .poll(() => pathsShown(page))
      .toEqual(containing(/^The Gateway Pundit → .*The Wall Street Journal primary: named source$/));
    await backToNetwork(page);

    // The strikes, as both papers reported them and as each put it: the White House and Anna Kelly dispute them.
    const strikes = [
      { words: 'Trump was planning to strike territories', through: ['Miami Herald', 'The Wall Street Journal'] },
      { words: 'decision to attack military installations', through: ['Miami Herald'] },
      // The Journal's strike claim: its quoted officials on the air campaign.
      { words: 'potential air campaign would focus', through: ['The Wall Street Journal'] },
    ];
    for (const { words, through } of strikes) {
      claim = await selectClaim(page, words);
      await traceChain(page, claim);
      for (const paper of through) {
        await expect.poll(() => pathsShown(page), words).toEqual(containing(new RegExp(`→ .*${paper}( |$)`)));
      }
      await expect
        .poll(() => disputersShown(page), words)
        .toEqual(expect.arrayContaining(['White House', 'Anna Kelly']));
      await backToNetwork(page);
    }
  });
});

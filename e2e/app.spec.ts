import { expect, test } from '@playwright/test';
import { clickNode, hook, openApp } from './test-hook';

test.describe('app shell', () => {
  test('draws the start-up graph, shows a node’s panel and an edge’s evidence', async ({ page }, testInfo) => {
    await openApp(page);
    const counts = await hook(page, 'counts');
    const nodeKeys = await hook(page, 'nodeKeys');
    expect(counts.nodes).toBeGreaterThanOrEqual(10);
    expect(counts.nodes).toBe(nodeKeys.length);
    expect(counts.edges).toBeGreaterThanOrEqual(10);
    await expect(page.getByRole('status', { name: 'Graph status' })).toContainText(`${counts.nodes} nodes`);

    const outlet =
      nodeKeys.find((k) => k.startsWith('outlet:wall-street-journal')) ?? nodeKeys.find((k) => k.startsWith('outlet:'));
    expect(outlet).toBeDefined();
    await clickNode(page, outlet!);
    expect(await hook(page, 'selection')).toEqual({ type: 'node', key: outlet });
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(details).toContainText('Outlet');
    await expect(details).toContainText('Articles');

    // Focus on one outlet's article and fit, so its citation edges are drawn apart from other elements.
    await page.getByRole('combobox').fill('Reuters');
    await page.getByRole('combobox').press('Enter');
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: 'outlet:reuters' });
    await details.getByRole('button', { name: 'Focus 2 hops' }).click();
    await page.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Fit' }).click();
    // Any evidenced edge drawn clear of nodes will do; which one is clear depends on the layout of the sample.
    let cites = await hook(page, 'clearEdge', 'cites');
    for (const kind of ['asserts', 'reports', 'disputes'] as const) cites ??= await hook(page, 'clearEdge', kind);
    expect(cites, 'an evidenced edge clear of nodes').not.toBeNull();
    await page.mouse.click(cites!.point.x, cites!.point.y);
    expect(await hook(page, 'selection')).toEqual({ type: 'edge', key: cites!.key });
    await expect(details.getByRole('heading', { name: /Evidence \(\d+\)/ })).toBeVisible();
    const mark = details.locator('.evidence-sentence mark').first();
    await expect(mark).toBeVisible();
    expect((await mark.textContent())?.length ?? 0).toBeGreaterThan(5);
    await page.screenshot({ path: testInfo.outputPath('app-shell.png') });
    // The README's picture is refreshed on request only, so a normal run never dirties the checkout.
    if (process.env.README_SCREENSHOT) await page.screenshot({ path: 'e2e/readme-screenshot.png' });
    await testInfo.attach('app-shell', { path: testInfo.outputPath('app-shell.png'), contentType: 'image/png' });

    await details.getByRole('button', { name: 'Open in reader' }).first().click();
    await expect(page.getByRole('region', { name: 'Reader' })).toBeVisible();
  });

  test('clicking the background clears the selection', async ({ page }) => {
    await openApp(page);
    const [first] = await hook(page, 'nodeKeys');
    await clickNode(page, first!);
    expect(await hook(page, 'selection')).not.toBeNull();
    const box = await page.getByTestId('graph-canvas').boundingBox();
    await page.mouse.click(box!.x + 5, box!.y + 5);
    expect(await hook(page, 'selection')).toBeNull();
    await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('Select a node');
  });
});

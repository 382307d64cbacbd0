import { expect, test } from '@playwright/test';
import { clickNode, hook, openApp, waitForLayout } from './test-hook';

test.describe('exploring the graph', () => {
  test('filters hide elements without removing them, and counts update', async ({ page }) => {
    await openApp(page);
    const before = await hook(page, 'counts');
    const filters = page.getByRole('region', { name: 'Filters' });
    const summary = filters.getByTestId('filter-summary');
    await expect(summary).toContainText(`Showing ${before.nodes} of ${before.nodes} nodes`);

    const onlyButtons = filters.getByRole('button', { name: /^Only / });
    await onlyButtons.first().click();
    await expect.poll(async () => (await hook(page, 'counts')).visibleNodes).toBeLessThan(before.nodes);
    const filtered = await hook(page, 'counts');
    expect(filtered.nodes).toBe(before.nodes); // hidden, not removed
    await expect(summary).toContainText(`Showing ${filtered.visibleNodes} of ${before.nodes} nodes`);

    await filters.getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(async () => (await hook(page, 'counts')).visibleNodes).toBe(before.nodes);

    await filters.getByRole('checkbox', { name: /^Claim/ }).uncheck();
    const noClaims = await hook(page, 'visibleNodeKeys');
    expect(noClaims.some((k) => k.startsWith('claim:'))).toBe(false);
    await filters.getByRole('checkbox', { name: /^Claim/ }).check();

    await filters.getByRole('checkbox', { name: 'Hide anonymous sources' }).check();
    await expect.poll(async () => (await hook(page, 'counts')).visibleNodes).toBeLessThan(before.nodes);
  });

  test('search finds by alias and by name; Enter selects; / focuses; Esc clears', async ({ page }) => {
    await openApp(page);
    await page.getByTestId('graph-canvas').click({ position: { x: 3, y: 3 } });
    await page.keyboard.press('/');
    const search = page.getByRole('combobox');
    await expect(search).toBeFocused();
    // The sample corpus: outlets come from the gazetteer (AP is an alias), people from the extractor.
    await search.fill('ap');
    await expect(page.getByRole('option').first()).toContainText('Associated Press');
    await search.press('Enter');
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: 'outlet:associated-press' });
    await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('Associated Press');

    await search.fill('quintero');
    await search.press('ArrowDown');
    await search.press('ArrowUp');
    await search.press('Enter');
    const picked = await hook(page, 'selection');
    expect(picked?.key).toMatch(/^person:.*quintero/);
    expect(await hook(page, 'nodePoint', picked!.key)).not.toBeNull();

    await search.blur();
    await page.keyboard.press('Escape');
    await expect.poll(() => hook(page, 'selection')).toBeNull();

    const [first] = await hook(page, 'nodeKeys');
    await clickNode(page, first!);
    await expect.poll(() => hook(page, 'selection')).not.toBeNull();
  });

  test('focus shows a neighbourhood, expands a neighbour, and arrows walk between neighbours', async ({ page }) => {
    await openApp(page);
    const all = (await hook(page, 'counts')).visibleNodes;
    const search = page.getByRole('combobox');
    await search.fill('Reuters');
    await search.press('Enter');
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: 'outlet:reuters' });
    const details = page.getByRole('complementary', { name: 'Details' });
    await details.getByRole('button', { name: 'Focus 1 hop' }).click();
    await expect.poll(async () => (await hook(page, 'counts')).visibleNodes).toBeLessThan(all);
    const one = await hook(page, 'visibleNodeKeys');
    expect(one).toContain('outlet:reuters');
    const toolbar = page.getByRole('toolbar', { name: 'Canvas' });
    await expect(toolbar).toContainText('Focus: Reuters (1 hop)');
    await toolbar.getByRole('button', { name: 'Fit' }).click();

    // Expand the outlet's article: its sources and claims join the focused view.
    const article = one.find((k) => k.startsWith('article:'))!;
    await clickNode(page, article);
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: article });
    await details.getByRole('button', { name: 'Expand neighbours' }).click();
    await expect.poll(async () => (await hook(page, 'visibleNodeKeys')).length).toBeGreaterThan(one.length);
    await expect(details.getByRole('button', { name: 'Collapse neighbours' })).toBeVisible();

    // Arrow keys walk the neighbours of the selection; Up returns to it.
    await page.keyboard.press('ArrowRight');
    const first = (await hook(page, 'selection'))?.key;
    expect(first).not.toBe(article);
    await page.keyboard.press('ArrowRight');
    expect((await hook(page, 'selection'))?.key).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: article });

    await toolbar.getByRole('button', { name: 'Clear focus' }).click();
    await expect.poll(async () => (await hook(page, 'counts')).visibleNodes).toBe(all);
  });

  test('above the element budget the canvas draws an overview, and a group expands on double-click', async ({
    page,
  }) => {
    // The detailed overview (its groups expand); above the budget the default is the outlet citation map.
    await openApp(page, '/?budget=300&overview=detail');
    const overview = page.getByTestId('overview');
    await expect(overview).toContainText(/Overview: \d+ of \d+ elements drawn/);
    const counts = await hook(page, 'counts');
    expect(counts.nodes + counts.edges).toBeLessThanOrEqual(300);
    expect((await hook(page, 'graphCounts')).nodes).toBeGreaterThan(counts.nodes);
    const keys = await hook(page, 'nodeKeys');
    const real = (list: string[]) => list.filter((k) => !k.startsWith('agg:')).length;
    const group = keys.find((k) => k.startsWith('agg:'));
    expect(group, 'an aggregate node').toBeDefined();
    const at = (await hook(page, 'nodePoint', group!))!;
    await page.mouse.dblclick(at.x, at.y);
    await waitForLayout(page, counts.layoutRuns);
    await expect.poll(async () => real(await hook(page, 'nodeKeys'))).toBeGreaterThan(real(keys));
    const grown = await hook(page, 'counts');
    expect(grown.nodes + grown.edges).toBeLessThanOrEqual(300);

    // The keyboard way: select a group, press Enter.
    const next = (await hook(page, 'nodeKeys')).find((k) => k.startsWith('agg:'));
    expect(next, 'another aggregate node').toBeDefined();
    await clickNode(page, next!);
    await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('A group of folded nodes');
    const before = real(await hook(page, 'nodeKeys'));
    await page.keyboard.press('Enter');
    await expect.poll(async () => real(await hook(page, 'nodeKeys'))).toBeGreaterThan(before);
  });
});

import { expect, test } from '@playwright/test';
import { hook, openApp } from './test-hook';

test.describe('view state', () => {
  test('the address reopens the same view, and undo/redo walk back through it', async ({ page, context }) => {
    await openApp(page);
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'Hide anonymous sources' }).check();
    const search = page.getByRole('combobox');
    await search.fill('Reuters');
    await search.press('Enter');
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: 'outlet:reuters' });
    await page.getByRole('button', { name: 'Trace citation chain' }).click();
    await page.waitForFunction(() => window.__sourcetrace?.mode() === 'chain' && window.__sourcetrace.ready());
    await expect.poll(() => page.url()).toContain('mode=chain');
    const url = page.url();
    expect(url).toContain('anon=1');

    // The same address in a new page: same filters, selection, mode and breadcrumb.
    const other = await context.newPage();
    await other.goto(url);
    await other.waitForFunction(() => window.__sourcetrace?.mode() === 'chain' && window.__sourcetrace.ready());
    expect(await hook(other, 'chainTrail')).toEqual(['outlet:reuters']);
    expect(await hook(other, 'selection')).toEqual({ type: 'node', key: 'outlet:reuters' });
    expect((await hook(other, 'filters')).hideAnonymous).toBe(true);
    await expect(
      other.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: 'Hide anonymous sources' }),
    ).toBeChecked();
    await other.close();

    // Undo: leave the chain, then the selection, then the filter; redo brings the filter back.
    await page.locator('body').click({ position: { x: 2, y: 890 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => hook(page, 'mode')).toBe('network');
    await page.keyboard.press('Control+z');
    await expect.poll(() => hook(page, 'selection')).toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await hook(page, 'filters')).hideAnonymous).toBe(false);
    await expect(filters.getByRole('checkbox', { name: 'Hide anonymous sources' })).not.toBeChecked();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await hook(page, 'filters')).hideAnonymous).toBe(true);
    await expect(page.getByRole('group', { name: 'View history' }).getByRole('button', { name: 'Redo' })).toBeEnabled();
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { hook, openApp } from './test-hook';

const serious = (violations: { impact?: string | null; id: string; nodes: { target: unknown }[] }[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);

test.describe('accessibility', () => {
  test('network view, with a node selected, has no serious axe violations', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox').fill('Reuters');
    await page.getByRole('combobox').press('Enter');
    await expect.poll(() => hook(page, 'selection')).not.toBeNull();
    const results = await new AxeBuilder({ page }).analyze();
    expect(serious(results.violations)).toEqual([]);
  });

  test('chain view has no serious axe violations', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox').fill('Reuters');
    await page.getByRole('combobox').press('Enter');
    await page.getByRole('button', { name: 'Trace citation chain' }).click();
    await page.waitForFunction(() => window.__sourcetrace?.mode() === 'chain' && window.__sourcetrace.ready());
    const results = await new AxeBuilder({ page }).analyze();
    expect(serious(results.violations)).toEqual([]);
  });
});

import { expect, test, type Page } from '@playwright/test';
import { PAGE, PAGE_OUTLET, pickFiles, sortedNodeKeys, waitForImport } from './ingest-helpers';
import { openApp } from './test-hook';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every CSP violation the page reports, as events and as console errors, from the first script on. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations ??= []).push(
        `${e.violatedDirective}: ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      );
    });
  });
  return seen;
}

async function violations(page: Page, console: string[]): Promise<string[]> {
  return [...(await page.evaluate(() => window.__cspViolations ?? [])), ...console];
}

test.describe('content security policy', () => {
  test('the built app carries a strict policy and runs under it: load, import, export', async ({ page }) => {
    const console = await watchViolations(page);
    await openApp(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(await violations(page, console)).toEqual([]);

    // Import runs in a worker; exports go through blob: URLs; PNG through the canvas.
    await pickFiles(page, [PAGE]);
    await waitForImport(page);
    await expect.poll(async () => (await sortedNodeKeys(page)).includes(PAGE_OUTLET)).toBe(true);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export and snapshots' });
    for (const button of ['Download PNG', 'Download SVG', 'JSON (graphology)']) {
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: button }).click(),
      ]);
      expect(file.suggestedFilename()).toMatch(/^sourcetrace-/);
    }
    expect(await violations(page, console)).toEqual([]);
  });
});

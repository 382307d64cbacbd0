import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { DOMParser } from '@xmldom/xmldom';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { clickNode, hook, openApp } from './test-hook';

function exportDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Export and snapshots' });
}

async function openExportDialog(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(exportDialog(page)).toBeVisible();
  return exportDialog(page);
}

/**
 * Clicks and saves the download under its suggested name; returns the path and name. Saved outside
 * test-results, which another Playwright run may empty while this one is still using the file.
 */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const name = file.suggestedFilename();
  const path = join(await mkdtemp(join(tmpdir(), 'sourcetrace-e2e-')), name);
  await file.saveAs(path);
  return { path, name };
}

/** Width and height from a PNG's IHDR chunk, after checking the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A new browser context: its own profile (no storage), same address and window size as the config. */
async function freshPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, viewport } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, viewport });
  return context.newPage();
}

test.describe('export and snapshots', () => {
  test('the Export dialog is reachable by keyboard, labelled, and closes with Escape', async ({ page }) => {
    await openApp(page);
    const button = page.getByRole('button', { name: 'Export…' });
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = exportDialog(page);
    await expect(dialog).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('.export-dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('PNG of the current view at 2× has the canvas size doubled; the whole graph draws too', async ({ page }) => {
    await openApp(page);
    const dialog = await openExportDialog(page);
    await dialog.getByLabel('PNG size').selectOption('2');
    await dialog.getByRole('radio', { name: 'Transparent' }).check();
    const file = await download(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
    expect(file.name).toMatch(/^sourcetrace-all-\d{4}-\d{2}-\d{2}\.png$/);
    const box = await page.getByTestId('graph-canvas').boundingBox();
    const size = pngSize(await readFile(file.path));
    expect(Math.abs(size.width - Math.floor(box!.width * 2))).toBeLessThanOrEqual(1);
    expect(Math.abs(size.height - Math.floor(box!.height * 2))).toBeLessThanOrEqual(1);

    await dialog.getByRole('group', { name: 'PNG area' }).getByRole('radio', { name: 'Whole graph' }).check();
    await dialog.getByLabel('PNG size').selectOption('1');
    const whole = await download(page, () => dialog.getByRole('button', { name: 'Download PNG' }).click());
    const wholeSize = pngSize(await readFile(whole.path));
    expect(wholeSize.width).toBeGreaterThan(50);
    expect(wholeSize.height).toBeGreaterThan(50);
  });

  test('GraphML of the whole graph parses with every node and edge', async ({ page }) => {
    await openApp(page);
    await page
      .getByRole('region', { name: 'Filters' })
      .getByRole('checkbox', { name: /^Claim/ })
      .uncheck();
    const dialog = await openExportDialog(page);
    await dialog.getByRole('radio', { name: 'Whole graph' }).first().check();
    const file = await download(page, () => dialog.getByRole('button', { name: 'GraphML' }).click());
    expect(file.name).toMatch(/^sourcetrace-all-\d{4}-\d{2}-\d{2}\.graphml$/);
    const doc = new DOMParser().parseFromString(await readFile(file.path, 'utf8'), 'application/xml');
    const counts = await hook(page, 'graphCounts');
    expect(doc.getElementsByTagName('node').length).toBe(counts.nodes);
    expect(doc.getElementsByTagName('edge').length).toBe(counts.edges);
    const keys = Array.from(doc.getElementsByTagName('key')).map((k) => k.getAttribute('attr.name'));
    expect(keys).toEqual(expect.arrayContaining(['kind', 'label']));
    await expect(dialog.getByRole('status')).toContainText(file.name);
  });

  test('every data format downloads, named for the outlet filter and holding only what it shows', async ({ page }) => {
    await openApp(page);
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters
      .getByRole('button', { name: /^Only / })
      .first()
      .click();
    await expect
      .poll(async () => (await hook(page, 'counts')).visibleNodes)
      .toBeLessThan((await hook(page, 'counts')).nodes);
    const visible = await hook(page, 'visibleNodeKeys');
    const dialog = await openExportDialog(page);
    const named = /^sourcetrace-(?!all-)[a-z0-9+-]+-\d{4}-\d{2}-\d{2}\./;
    const get = async (button: string) => {
      const file = await download(page, () => dialog.getByRole('button', { name: button }).click());
      expect(file.name).toMatch(named);
      return { name: file.name, bytes: await readFile(file.path) };
    };

    const json = await get('JSON (graphology)');
    const keys = (JSON.parse(json.bytes.toString('utf8')) as { nodes: { key: string }[] }).nodes.map((n) => n.key);
    expect(keys.sort()).toEqual([...visible].sort());
    const cyjs = await get('Cytoscape JSON');
    expect(cyjs.name).toMatch(/\.cyjs$/);
    expect((JSON.parse(cyjs.bytes.toString('utf8')) as { elements: { nodes: unknown[] } }).elements.nodes).toHaveLength(
      visible.length,
    );
    const gexf = await get('GEXF 1.3 (Gephi)');
    expect(gexf.bytes.toString('utf8')).toContain('<gexf');
    const csv = await get('CSV (nodes + edges, zip)');
    expect(csv.name).toMatch(/\.zip$/);
    expect(csv.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const svg = await get('Download SVG');
    const drawing = new DOMParser().parseFromString(svg.bytes.toString('utf8'), 'image/svg+xml');
    expect(drawing.getElementsByTagName('svg')).toHaveLength(1);
    expect(drawing.getElementsByTagName('text').length).toBeGreaterThanOrEqual(visible.length);
  });

  test('a snapshot opened in a fresh profile brings back filters, focus, selection and viewport', async ({
    page,
    browser,
  }, testInfo) => {
    await openApp(page);
    await page
      .getByRole('region', { name: 'Filters' })
      .getByRole('checkbox', { name: /^Claim/ })
      .uncheck();
    const outlet = (await hook(page, 'visibleNodeKeys')).find((k) => k.startsWith('outlet:'))!;
    await clickNode(page, outlet);
    const everything = (await hook(page, 'counts')).visibleNodes;
    await page.getByRole('complementary', { name: 'Details' }).getByRole('button', { name: 'Focus 1 hop' }).click();
    await expect.poll(async () => (await hook(page, 'counts')).visibleNodes).toBeLessThan(everything);
    const fitted = await hook(page, 'viewport');
    const box = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await hook(page, 'viewport')).zoom).toBeGreaterThan(fitted.zoom);
    const saved = {
      filters: await hook(page, 'filters'),
      selection: await hook(page, 'selection'),
      viewport: await hook(page, 'viewport'),
      point: await hook(page, 'nodePoint', outlet),
      shown: await hook(page, 'visibleNodeKeys'),
      focusText: await page.getByRole('toolbar', { name: 'Canvas' }).textContent(),
    };
    expect(saved.focusText).toMatch(/Focus: .+ \(1 hop\)/);
    expect(saved.filters.hiddenNodeKinds).toEqual(['claim']);
    expect(saved.selection).toEqual({ type: 'node', key: outlet });

    const dialog = await openExportDialog(page);
    const file = await download(page, () => dialog.getByRole('button', { name: 'Save snapshot' }).click());
    expect(file.name).toMatch(/^sourcetrace-all-\d{4}-\d{2}-\d{2}\.sourcetrace\.json$/);

    const other = await freshPage(browser, testInfo);
    await openApp(other);
    expect((await hook(other, 'filters')).hiddenNodeKinds).toEqual([]);
    // The fresh profile's own view must differ from the saved one, or restoring it would prove nothing: both
    // can sit at the zoom limit, so this one zooms out first.
    const otherBox = (await other.getByTestId('graph-canvas').boundingBox())!;
    await other.mouse.move(otherBox.x + otherBox.width / 2, otherBox.y + otherBox.height / 2);
    await other.mouse.wheel(0, 300);
    await expect.poll(async () => (await hook(other, 'viewport')).zoom).not.toBeCloseTo(saved.viewport.zoom, 3);
    const otherDialog = await openExportDialog(other);
    await otherDialog.getByLabel(/^Open snapshot or graph file/).setInputFiles(file.path);
    await expect(otherDialog.getByRole('status')).toContainText(`Opened ${file.name}`);
    await expect.poll(() => hook(other, 'viewRestorePending')).toBe(false);
    expect(await hook(other, 'filters')).toEqual(saved.filters);
    expect(await hook(other, 'selection')).toEqual(saved.selection);
    expect((await hook(other, 'visibleNodeKeys')).sort()).toEqual([...saved.shown].sort());
    await expect(other.getByRole('toolbar', { name: 'Canvas' })).toContainText(
      saved.focusText!.match(/Focus: .+ \(1 hop\)/)![0],
    );
    const viewport = await hook(other, 'viewport');
    expect(viewport.zoom).toBeCloseTo(saved.viewport.zoom, 6);
    expect(viewport.pan.x).toBeCloseTo(saved.viewport.pan.x, 3);
    expect(viewport.pan.y).toBeCloseTo(saved.viewport.pan.y, 3);
    const point = await hook(other, 'nodePoint', outlet);
    expect(point!.x).toBeCloseTo(saved.point!.x, 1);
    expect(point!.y).toBeCloseTo(saved.point!.y, 1);
    await other.context().close();
  });

  test('a bad snapshot is refused with a message and changes nothing', async ({ page }) => {
    await openApp(page);
    const before = await hook(page, 'graphCounts');
    const dialog = await openExportDialog(page);
    const newer = JSON.stringify({ type: 'sourcetrace-snapshot', version: 99 });
    await dialog.getByLabel(/^Open snapshot or graph file/).setInputFiles({
      name: 'future.sourcetrace.json',
      mimeType: 'application/json',
      buffer: Buffer.from(newer),
    });
    await expect(dialog.getByRole('alert')).toContainText('needs Sourcetrace snapshot version 99');
    expect(await hook(page, 'graphCounts')).toEqual(before);
    expect(await hook(page, 'ready')).toBe(true);
  });

  test('a GraphML file from another tool merges in and is kept; a broken GEXF is refused and changes nothing', async ({
    page,
  }) => {
    await openApp(page);
    const before = await hook(page, 'graphCounts');
    const dialog = await openExportDialog(page);
    const picker = dialog.getByLabel(/^Open snapshot or graph file/);
    // Shaped like networkx's write_graphml: plain ids, a label column, no Sourcetrace kinds.
    const graphml = `<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="zeta"><data key="d0">Zeta Wire Service</data></node>
    <node id="omicron"><data key="d0">Omicron Bureau</data></node>
    <edge source="zeta" target="omicron"/>
  </graph>
</graphml>`;
    await picker.setInputFiles({
      name: 'other-tool.graphml',
      mimeType: 'application/xml',
      buffer: Buffer.from(graphml),
    });
    await expect(dialog.getByRole('status')).toContainText('Merged other-tool.graphml: 2 new nodes, 1 new edges');
    await expect.poll(() => hook(page, 'graphCounts')).toEqual({ nodes: before.nodes + 2, edges: before.edges + 1 });
    await expect.poll(() => hook(page, 'ready')).toBe(true);

    const merged = await hook(page, 'graphCounts');
    const broken = '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a">';
    await picker.setInputFiles({ name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from(broken) });
    await expect(dialog.getByRole('alert')).toContainText('broken.gexf');
    expect(await hook(page, 'graphCounts')).toEqual(merged);

    // The merge was saved as the workspace: a reload brings it back.
    await page.reload();
    await page.waitForFunction(() => window.__sourcetrace?.ready() === true);
    expect(await hook(page, 'graphCounts')).toEqual(merged);
  });

  test('a share link opens the same filters and selection in a fresh profile', async ({ page, browser }, testInfo) => {
    await openApp(page);
    await page
      .getByRole('region', { name: 'Filters' })
      .getByRole('checkbox', { name: 'Hide anonymous sources' })
      .check();
    const outlet = (await hook(page, 'visibleNodeKeys')).find((k) => k.startsWith('outlet:'))!;
    await clickNode(page, outlet);
    const dialog = await openExportDialog(page);
    await dialog.getByRole('button', { name: 'Copy share link' }).click();
    const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toContain('anon=1');
    expect(link).toBe(page.url()); // the address bar already mirrors the view

    const other = await freshPage(browser, testInfo);
    await openApp(other, link);
    await expect.poll(() => hook(other, 'viewRestorePending')).toBe(false);
    expect((await hook(other, 'filters')).hideAnonymous).toBe(true);
    expect(await hook(other, 'selection')).toEqual({ type: 'node', key: outlet });

    // A link pasted into the same tab changes only the hash: it applies without a reload.
    await other.evaluate(() => (window.location.hash = '#nk=claim'));
    await expect.poll(async () => (await hook(other, 'filters')).hiddenNodeKinds).toEqual(['claim']);
    expect((await hook(other, 'filters')).hideAnonymous).toBe(false);
    expect(await hook(other, 'selection')).toBeNull();
    await other.context().close();
  });
});

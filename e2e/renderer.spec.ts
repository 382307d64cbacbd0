import { expect, test, type Page } from '@playwright/test';
import type { Point } from '../app/test-hook';
import { clickNode, hook, openApp } from './test-hook';

/** A node's model position, from its client point and the camera (the hook gives rendered points only). */
async function modelPosition(page: Page, key: string): Promise<Point> {
  const point = await hook(page, 'nodePoint', key);
  expect(point, `node ${key} should be drawn`).not.toBeNull();
  const box = (await page.getByTestId('graph-canvas').boundingBox())!;
  const { zoom, pan } = await hook(page, 'viewport');
  return { x: (point!.x - box.x - pan.x) / zoom, y: (point!.y - box.y - pan.y) / zoom };
}

function expectSamePlace(actual: Point, expected: Point): void {
  expect(actual.x).toBeCloseTo(expected.x, 1);
  expect(actual.y).toBeCloseTo(expected.y, 1);
}

const LABELS = { canvas: 'Canvas', webgl: 'WebGL' } as const;

/** Picks a renderer and waits until the new Cytoscape instance draws the whole graph again. */
async function switchRenderer(page: Page, to: 'canvas' | 'webgl', expected: { nodes: number; edges: number }) {
  await page.getByRole('radiogroup', { name: 'Renderer' }).getByRole('radio', { name: LABELS[to] }).check();
  const canvas = page.getByTestId('graph-canvas');
  await expect(canvas).toHaveAttribute('data-renderer', to);
  if (to === 'webgl') await expect(canvas.locator('canvas[data-id="layer3-webgl"]')).toHaveCount(1);
  await expect.poll(async () => (await hook(page, 'counts')).nodes).toBe(expected.nodes);
  await page.waitForFunction(() => window.__sourcetrace?.ready() === true);
  expect((await hook(page, 'counts')).edges).toBe(expected.edges);
}

test.describe('renderer and kept positions', () => {
  test('WebGL and back: the graph is drawn in the same places, without a new layout, and stays selectable', async ({
    page,
  }) => {
    await openApp(page);
    const renderer = page.getByRole('radiogroup', { name: 'Renderer' });
    // Headless Chromium here renders WebGL in software, where Canvas measured faster: Canvas is the default.
    await expect(renderer.getByRole('radio', { name: 'Canvas' })).toBeChecked();
    await expect(renderer).toHaveAttribute('title', /software|not available|hides/);
    const before = await hook(page, 'counts');
    const key = (await hook(page, 'visibleNodeKeys')).find((k) => k.startsWith('outlet:'))!;
    const at = await modelPosition(page, key);
    const client = (await hook(page, 'nodePoint', key))!;

    await switchRenderer(page, 'webgl', before);
    expect(await hook(page, 'counts')).toEqual(before); // same elements, all visible, no layout ran
    expectSamePlace(await modelPosition(page, key), at);
    expectSamePlace((await hook(page, 'nodePoint', key))!, client); // the camera came along too
    await clickNode(page, key);
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key });

    await switchRenderer(page, 'canvas', before);
    expect((await hook(page, 'counts')).layoutRuns).toBe(before.layoutRuns);
    expectSamePlace(await modelPosition(page, key), at);
    const other = (await hook(page, 'visibleNodeKeys')).find((k) => k !== key && k.startsWith('outlet:'))!;
    await clickNode(page, other);
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: other });
  });

  test('going to the chain view and back leaves every node where it was', async ({ page }) => {
    await openApp(page);
    const keys = await hook(page, 'visibleNodeKeys');
    const claim = keys.find((k) => k.startsWith('claim:'))!;
    const watched = [claim, ...keys.filter((k) => k.startsWith('outlet:')).slice(0, 3)];
    const before = await Promise.all(watched.map((k) => modelPosition(page, k)));
    const runs = (await hook(page, 'counts')).layoutRuns;

    await clickNode(page, claim);
    await page.getByRole('button', { name: 'Trace citation chain' }).click();
    await page.waitForFunction(() => window.__sourcetrace?.mode() === 'chain' && window.__sourcetrace.ready());
    await page.getByRole('button', { name: '← Network' }).click();
    await page.waitForFunction(() => window.__sourcetrace?.mode() === 'network' && window.__sourcetrace.ready());

    const after = await Promise.all(watched.map((k) => modelPosition(page, k)));
    after.forEach((p, i) => expectSamePlace(p, before[i]!));
    expect((await hook(page, 'counts')).layoutRuns).toBe(runs);
  });

  test('in an overview, a filter toggle and an expansion never move nodes already placed', async ({ page }) => {
    // The detailed overview (its groups expand); above the budget the default is the outlet citation map.
    await openApp(page, '/?budget=300&overview=detail');
    await expect(page.getByTestId('overview')).toBeVisible();
    const keys = (await hook(page, 'visibleNodeKeys')).filter((k) => !k.startsWith('agg:')).slice(0, 4);
    const before = await Promise.all(keys.map((k) => modelPosition(page, k)));

    // Hiding a kind rebuilds the overview (elements leave and come back; room freed in the budget may bring
    // new ones, which get a layout): the returning ones are put back, not laid out again.
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: /^Claim/ }).uncheck();
    await filters.getByRole('checkbox', { name: /^Claim/ }).check();
    await expect
      .poll(async () => (await hook(page, 'visibleNodeKeys')).filter((k) => keys.includes(k)))
      .toHaveLength(4);
    await page.waitForFunction(() => window.__sourcetrace?.ready() === true);
    const back = await Promise.all(keys.map((k) => modelPosition(page, k)));
    back.forEach((p, i) => expectSamePlace(p, before[i]!));

    // Expanding a group adds nodes: those never drawn are laid out around the placed ones (which stay put);
    // those drawn before (while claims were hidden) come back where they were.
    const real = async () => (await hook(page, 'nodeKeys')).filter((k) => !k.startsWith('agg:')).length;
    const drawn = await real();
    const group = (await hook(page, 'nodeKeys')).find((k) => k.startsWith('agg:'))!;
    const at = (await hook(page, 'nodePoint', group))!;
    await page.mouse.dblclick(at.x, at.y);
    await expect.poll(real).toBeGreaterThan(drawn);
    await page.waitForFunction(() => window.__sourcetrace?.ready() === true);
    const expanded = await Promise.all(keys.map((k) => modelPosition(page, k)));
    expanded.forEach((p, i) => expectSamePlace(p, before[i]!));
  });
});

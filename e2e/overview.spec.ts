import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { clickNode, hook, openApp, waitForLayout } from './test-hook';

/**
 * A generated corpus of 2,000 short articles (about 80 outlets citing each other, shared claims, named and
 * anonymous sources) served in place of the bundled sample, so the app opens on it: far above the element
 * budget, so the canvas starts on the outlet citation map. Short articles keep extraction to seconds.
 */
const CORPUS = execFileSync(
  process.execPath,
  ['--import', 'tsx', fileURLToPath(new URL('./generated-corpus.ts', import.meta.url)), '2000', '15', '500'],
  // From the repo root, where `--import tsx` resolves, wherever Playwright was started.
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, cwd: fileURLToPath(new URL('..', import.meta.url)) },
);

async function openGeneratedCorpus(page: Page): Promise<void> {
  await page.route(/\/corpus-[^/]*\.jsonl$/, (route) =>
    route.fulfill({ status: 200, contentType: 'application/jsonl', body: CORPUS }),
  );
  const start = Date.now();
  await openApp(page);
  test.info().annotations.push({ type: 'opened in', description: `${Date.now() - start} ms` });
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const intersects = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Pairs of painted labels whose boxes intersect, by label, for a readable failure. */
async function overlappingLabels(page: Page): Promise<string[]> {
  const boxes = await hook(page, 'labelBoxes');
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (intersects(boxes[i]!, boxes[j]!)) pairs.push(`${boxes[i]!.label} × ${boxes[j]!.label}`);
  return pairs;
}

test.describe('corpus overview: the outlet citation map', () => {
  // The app extracts 2,000 articles in the browser first: a minute or more on a loaded 2-core machine.
  test.setTimeout(240_000);

  test('opens on the outlet map with readable, non-overlapping labels, ranks an outlet and opens its neighbourhood', async ({
    page,
  }) => {
    await openGeneratedCorpus(page);
    const graph = await hook(page, 'graphCounts');
    expect(graph.nodes).toBeGreaterThan(3000);
    await expect(page.getByTestId('overview')).toContainText(/Citation map: [\d,]+ of [\d,]+ elements drawn/);
    expect((await hook(page, 'drawn'))?.mode).toBe('map');
    const keys = await hook(page, 'nodeKeys');
    expect(keys.length).toBeGreaterThan(20);
    expect(
      keys.every((k) => k.startsWith('outlet:')),
      'outlets only, claims and articles folded',
    ).toBe(true);

    // Labels: none overlapping once decluttered (a frame after the layout), several outlets named at the
    // fitted zoom, in type large enough to read, not all of them.
    await expect.poll(() => overlappingLabels(page)).toEqual([]);
    await expect.poll(async () => (await hook(page, 'labelBoxes')).length).toBeGreaterThanOrEqual(8);
    const labels = await hook(page, 'labelBoxes');
    expect(labels.length, 'only some labels at overview zoom').toBeLessThan(keys.length);
    for (const l of labels) expect(l.fontPx, `${l.label} is readable`).toBeGreaterThanOrEqual(9);
    // The README's first picture: a corpus as it opens.
    if (process.env.README_SCREENSHOT) await page.screenshot({ path: 'e2e/readme-overview.png' });

    // Zooming in: labels of smaller outlets come in where there is room, and still none overlaps another.
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    const zoom = await hook(page, 'zoom');
    // Wheel steps are applied as they arrive; a few make the zoom grow by half at least.
    for (let step = 0; step < 20 && (await hook(page, 'zoom')) < zoom * 1.5; step++) await page.mouse.wheel(0, -300);
    expect(await hook(page, 'zoom')).toBeGreaterThan(zoom * 1.5);
    const before = new Set(labels.map((l) => l.id));
    await expect
      .poll(async () => (await hook(page, 'labelBoxes')).filter((l) => !before.has(l.id)).length)
      .toBeGreaterThan(0);
    await expect.poll(() => overlappingLabels(page)).toEqual([]);

    // The most-cited outlet (the largest label kept): its citations, ranked by count in the side panel.
    await page.getByRole('toolbar', { name: 'Canvas' }).getByRole('button', { name: 'Fit' }).click();
    const outlet = [...labels].sort((a, b) => b.width - a.width)[0]!.id;
    await clickNode(page, outlet);
    await expect.poll(() => hook(page, 'selection')).toEqual({ type: 'node', key: outlet });
    const ranked = page.getByRole('region', { name: 'Citations ranked' });
    const rows = ranked.getByRole('button');
    await expect(rows.first()).toBeVisible();
    const names = await rows.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    expect(names.length).toBeGreaterThan(1);
    const totals = names.map((n) =>
      [...n.matchAll(/(\d[\d,]*) (?:citation|report)/g)].reduce((a, m) => a + Number(m[1]!.replace(/,/g, '')), 0),
    );
    expect(totals.every((t) => t > 0)).toBe(true);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));

    // One click on the top row: the outlet's detailed neighbourhood, with its articles drawn.
    const runs = (await hook(page, 'counts')).layoutRuns;
    await rows.first().click();
    await expect.poll(() => hook(page, 'focus')).toEqual({ key: outlet, hops: 1 });
    await waitForLayout(page, runs);
    expect((await hook(page, 'drawn'))?.mode).not.toBe('map');
    const detailed = await hook(page, 'nodeKeys');
    const cited = (await hook(page, 'selection'))!.key;
    expect(detailed).toContain(outlet);
    expect(detailed, 'the cited node is drawn').toContain(cited);
    expect(detailed.filter((k) => k.startsWith('article:')).length).toBeGreaterThan(0);
    expect(
      detailed.some((k) => k.startsWith('claim:')),
      'what the articles report',
    ).toBe(true);
    await expect.poll(() => overlappingLabels(page)).toEqual([]);

    // Back to the map, this time with the most-cited people, organisations and documents too.
    const toolbar = page.getByRole('toolbar', { name: 'Canvas' });
    await toolbar.getByRole('button', { name: 'Clear focus' }).click();
    await page.waitForFunction(() => window.__sourcetrace?.drawn()?.mode === 'map');
    const mapRuns = (await hook(page, 'counts')).layoutRuns;
    await toolbar.getByRole('radio', { name: /^Outlets \+ top \d+ sources$/ }).check();
    await waitForLayout(page, mapRuns);
    await expect
      .poll(async () => (await hook(page, 'nodeKeys')).filter((k) => /^(person|organization|document):/.test(k)).length)
      .toBeGreaterThan(0);
    expect((await hook(page, 'drawn'))?.mode).toBe('map');
    await expect.poll(async () => (await hook(page, 'labelBoxes')).length).toBeGreaterThan(0);
    await expect.poll(() => overlappingLabels(page)).toEqual([]);
  });
});

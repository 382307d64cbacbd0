import { expect, type Page } from '@playwright/test';
import type { Point, SourcetraceTestHook } from '../app/test-hook';

type HookCall<K extends keyof SourcetraceTestHook> = Awaited<ReturnType<SourcetraceTestHook[K]>>;

/** Calls one read-only method of `window.__sourcetrace` in the page. */
export async function hook<K extends keyof SourcetraceTestHook>(
  page: Page,
  method: K,
  ...args: Parameters<SourcetraceTestHook[K]>
): Promise<HookCall<K>> {
  return page.evaluate(
    ([m, a]) => {
      const h = window.__sourcetrace as unknown as Record<string, (...x: unknown[]) => unknown> | undefined;
      if (!h) throw new Error('e2e: window.__sourcetrace is missing (was the app built with --mode e2e?)');
      return h[m]!(...a);
    },
    [method, args] as const,
  ) as Promise<HookCall<K>>;
}

/** Opens the app (optionally at a path/query) and waits until the graph is loaded and laid out. */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => window.__sourcetrace?.ready() === true);
}

/** Waits until the canvas is laid out again (after a change of view). */
export async function waitForLayout(page: Page, afterRuns: number): Promise<void> {
  await page.waitForFunction(
    (n) => (window.__sourcetrace?.counts().layoutRuns ?? 0) > n && window.__sourcetrace?.ready() === true,
    afterRuns,
  );
}

async function clickAt(page: Page, point: Point | null, what: string): Promise<void> {
  expect(point, `${what} should be drawn`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

export async function clickNode(page: Page, key: string): Promise<void> {
  // A point no other node covers: the centre of a node drawn under a neighbour would select the neighbour.
  await clickAt(page, await hook(page, 'nodeClickPoint', key), `node ${key} (uncovered)`);
}

export async function clickEdge(page: Page, key: string): Promise<void> {
  await clickAt(page, await hook(page, 'edgePoint', key), `edge ${key}`);
}

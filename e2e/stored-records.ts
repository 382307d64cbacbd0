import type { Page } from '@playwright/test';

/**
 * The `current` record of one of the app's IndexedDB stores, read straight from the page (gzipped bytes,
 * as the search record keeps them, unpacked to their JSON); null when the store or the record is absent.
 */
export function storedRecord(page: Page, store: 'firstFrame' | 'search'): Promise<unknown> {
  return page.evaluate(async (name) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('sourcetrace'));
    try {
      if (!db.objectStoreNames.contains(name)) return null;
      const value = (await request(db.transaction(name).objectStore(name).get('current'))) as unknown;
      const bytes = (value as { bytes?: unknown } | undefined)?.bytes;
      if (!(bytes instanceof ArrayBuffer)) return value ?? null;
      const unpacked = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
      return JSON.parse(await new Response(unpacked).text()) as unknown;
    } finally {
      db.close();
    }
  }, store);
}

/** The node keys of the stored search record; empty when there is none. */
export async function storedSearchKeys(page: Page): Promise<string[]> {
  return ((await storedRecord(page, 'search')) as { keys?: string[] } | null)?.keys ?? [];
}

/** Model positions of the nodes in the stored first-frame record, or null when there is none. */
export async function storedFirstFramePositions(page: Page): Promise<Record<string, { x: number; y: number }> | null> {
  type Stored = { elements: { data: { id: string }; position?: { x: number; y: number } }[] };
  const frame = (await storedRecord(page, 'firstFrame')) as Stored | null;
  if (!frame) return null;
  return Object.fromEntries(frame.elements.flatMap((e) => (e.position ? [[e.data.id, e.position]] : [])));
}

import type { Page } from '@playwright/test';

/**
 * From the next navigation on, the page's read of the stored graph (the `workspace` store's record)
 * answers only once `releaseStoredGraph` is called: a reopen is then caught between its first frame and
 * its graph, as a large workspace is for seconds, without a sleep. Everything else in IndexedDB (the
 * first frame, the search record, review decisions) reads as usual.
 */
export async function holdStoredGraph(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    let released = false;
    w.__releaseStoredGraph = () => (released = true);
    const get = IDBObjectStore.prototype.get;
    IDBObjectStore.prototype.get = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
      const request = get.call(this, query);
      const store = request.source as IDBObjectStore;
      if (store.name !== 'workspace') return request;
      const listen = request.addEventListener.bind(request);
      // The result is there when the event fires; only the listeners (idb's promise) hear of it later. The
      // transaction is kept alive meanwhile by reads of a missing key, one after the other, and the listeners
      // are called from the last one's success, so the reader can go on with the same transaction.
      request.addEventListener = (type: string, listener: EventListenerOrEventListenerObject, options?: unknown) => {
        if (type !== 'success') return listen(type, listener, options as AddEventListenerOptions);
        const held = (event: Event) => {
          w.__storedGraphHeld = true;
          const spin = () => {
            if (!released) {
              get.call(store, '\u0000keep-alive').onsuccess = spin;
              return;
            }
            if (typeof listener === 'function') listener.call(request, event);
            else listener.handleEvent(event);
          };
          spin();
        };
        listen(type, held, options as AddEventListenerOptions);
      };
      return request;
    };
  });
}

/** Waits until the held page has asked for its stored graph (its first frame and search record are read by then). */
export async function waitForHeldGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Record<string, unknown>).__storedGraphHeld === true);
}

export async function releaseStoredGraph(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as Record<string, () => void>).__releaseStoredGraph ?? (() => {}))());
}

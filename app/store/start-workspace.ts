import type { AppStore } from './create-app-store';

/**
 * Start-up: the saved workspace when there is one (even an empty one the user cleared), otherwise the
 * sample corpus. An unreadable saved workspace is reported and left in storage, and the sample loads.
 */
export async function startWorkspace(store: AppStore, loadSample: (store: AppStore) => Promise<void>): Promise<void> {
  if (await store.getState().restoreWorkspace()) return;
  await loadSample(store);
}

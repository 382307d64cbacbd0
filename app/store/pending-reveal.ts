import type { StoreApi } from 'zustand/vanilla';
import type { AppState } from './app-state';

/**
 * A choice can be revealed once the graph is in, the view a reopen puts back (share link, address bar) is
 * back — it would otherwise replace the choice with the selection it carries — and the network canvas has
 * drawn the graph, so centring finds the node. The chain view has no such canvas to wait for.
 */
export const canRevealNow = (s: AppState): boolean =>
  s.status !== 'loading' && s.pendingView === null && (s.drawn !== null || s.mode === 'chain');

/**
 * Reveals a search choice made before the graph was in as soon as it can be, by watching the store (wired
 * by the store factory, like the history recorder). Returns the unsubscribe.
 */
export function connectPendingReveal(store: StoreApi<AppState>): () => void {
  return store.subscribe((s) => {
    if (s.pendingReveal !== null && canRevealNow(s)) s.settlePendingReveal();
  });
}

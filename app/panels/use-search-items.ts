import { useEffect, useMemo } from 'react';
import { selectFirstSearch, selectStatus, useAppStore, useAppStoreApi, useGraphRevision } from '../store';
import { searchItemsOf, type SearchItem } from './search-index';

/** Quiet time before the items of a new graph are stored: an import or a review step changes it in bursts. */
const KEEP_AFTER_MS = 1000;

/**
 * What search looks through: while a reopen reads the graph, the items stored with it (the same items the
 * graph gives, so the same answers); otherwise the graph's own, which are stored for the next reopen once
 * they have settled (the store writes them only for the stored workspace, and only once per revision).
 */
export function useSearchItems(): readonly SearchItem[] {
  const store = useAppStoreApi();
  const revision = useGraphRevision();
  const status = useAppStore(selectStatus);
  const firstSearch = useAppStore(selectFirstSearch);
  const early = status === 'loading' ? firstSearch : null;
  const fromGraph = useMemo(() => (early ? null : searchItemsOf(revision.graph)), [early, revision]);

  useEffect(() => {
    if (!fromGraph) return;
    const timer = setTimeout(() => void store.getState().keepSearch(revision, fromGraph), KEEP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [store, revision, fromGraph]);

  return early ?? fromGraph ?? [];
}

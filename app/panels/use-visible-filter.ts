import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { applyFilters, getGraphIndex, type FilterResult, type GraphIndex } from '../../src/projection';
import { selectFilters, selectMinConfidence, useAppStore, useGraphRevision, viewStateOf } from '../store';

/**
 * The graph's index and what the filters leave visible, focus aside (the citation map is drawn unfocused,
 * and an outlet's ranking must match it): the one filter decision, `applyFilters`.
 */
export function useVisibleFilter(): { index: GraphIndex; filter: FilterResult } {
  const revision = useGraphRevision();
  const filters = useAppStore(useShallow(selectFilters));
  const minConfidence = useAppStore(selectMinConfidence);
  return useMemo(() => {
    const index = getGraphIndex(revision.graph);
    return { index, filter: applyFilters(index, viewStateOf(filters, null, [], minConfidence)) };
  }, [revision, filters, minConfidence]);
}

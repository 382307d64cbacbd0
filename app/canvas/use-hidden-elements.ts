import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  selectExpanded,
  selectFilters,
  selectFocus,
  selectMinConfidence,
  useAppStore,
  useGraphRevision,
  hiddenElements,
  type HiddenElements,
} from '../store';

/** The elements the current filters and focus hide, recomputed only when the graph or one of them changes. */
export function useHiddenElements(): HiddenElements {
  const revision = useGraphRevision();
  const filters = useAppStore(useShallow(selectFilters));
  const focus = useAppStore(selectFocus);
  const expanded = useAppStore(selectExpanded);
  const minConfidence = useAppStore(selectMinConfidence);
  return useMemo(
    () => hiddenElements(revision.graph, filters, focus, expanded, minConfidence),
    [revision, filters, focus, expanded, minConfidence],
  );
}

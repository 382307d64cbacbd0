import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  selectExpanded,
  selectFilters,
  selectFocus,
  selectGraph,
  selectGraphVersion,
  selectMinConfidence,
  useAppStore,
} from '../store';
import { hiddenElements, type HiddenElements } from './hidden-elements';

/** The elements the current filters and focus hide, recomputed only when the graph or one of them changes. */
export function useHiddenElements(): HiddenElements {
  const graph = useAppStore(selectGraph);
  const version = useAppStore(selectGraphVersion);
  const filters = useAppStore(useShallow(selectFilters));
  const focus = useAppStore(selectFocus);
  const expanded = useAppStore(selectExpanded);
  const minConfidence = useAppStore(selectMinConfidence);
  return useMemo(
    () => hiddenElements(graph, filters, focus, expanded, minConfidence),
    // `version` is a dependency on purpose: graphology mutates in place, the graph object stays the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, version, filters, focus, expanded, minConfidence],
  );
}

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectFilters, selectGraph, selectGraphVersion, useAppStore } from '../store';
import { hiddenElements, type HiddenElements } from './hidden-elements';

/** The elements the current filters hide, recomputed only when the graph or a filter changes. */
export function useHiddenElements(): HiddenElements {
  const graph = useAppStore(selectGraph);
  const version = useAppStore(selectGraphVersion);
  const filters = useAppStore(useShallow(selectFilters));
  // `version` is a dependency on purpose: graphology mutates in place, the graph object stays the same.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => hiddenElements(graph, filters), [graph, version, filters]);
}

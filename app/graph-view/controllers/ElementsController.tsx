import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { selectGraph, selectGraphVersion, useAppStore } from '../../store';
import { syncElements } from '../sync-elements';

/** Renderless: keeps Cytoscape's elements in step with the graph in the store. */
export function ElementsController({ cy }: { cy: Core }) {
  const graph = useAppStore(selectGraph);
  const version = useAppStore(selectGraphVersion);
  useEffect(() => {
    syncElements(cy, graph);
  }, [cy, graph, version]);
  return null;
}

import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { selectGraphVersion, useAppStore, useAppStoreApi } from '../../store';
import { NETWORK_LAYOUT } from '../layouts';

/**
 * Renderless: lays the graph out whenever it changes. Rendered after ElementsController, so React runs
 * this effect after the elements are in place.
 */
export function LayoutController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const version = useAppStore(selectGraphVersion);
  useEffect(() => {
    if (version === 0 || cy.nodes().empty()) return;
    const { layoutStarted, layoutStopped } = store.getState();
    const layout = cy.layout(NETWORK_LAYOUT);
    layout.one('layoutstop', layoutStopped);
    layoutStarted();
    layout.run();
    return () => {
      layout.stop();
    };
  }, [cy, store, version]);
  return null;
}

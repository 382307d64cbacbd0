import type { Core, LayoutOptions } from 'cytoscape';
import { useEffect } from 'react';
import { selectDrawVersion, useAppStore, useAppStoreApi } from '../../store';
import { NETWORK_LAYOUT } from '../layouts';

const LARGE_VIEW = 800;

/**
 * Renderless: lays the drawing out whenever its elements change. The first layout starts from scratch;
 * later ones start from the current positions, so what the user has seen stays roughly where it was.
 */
export function LayoutController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const drawVersion = useAppStore(selectDrawVersion);
  useEffect(() => {
    if (drawVersion === 0 || cy.nodes().empty()) return;
    const { layoutStarted, layoutStopped, layoutRuns } = store.getState();
    // fcose's "proof" quality costs seconds on software GL past ~800 nodes; "default" keeps big views quick.
    const quality = cy.nodes().length > LARGE_VIEW ? 'default' : 'proof';
    const layout = cy.layout({ ...NETWORK_LAYOUT, quality, randomize: layoutRuns === 0 } as unknown as LayoutOptions);
    layout.one('layoutstop', layoutStopped);
    layoutStarted();
    layout.run();
    return () => {
      layout.stop();
    };
  }, [cy, store, drawVersion]);
  return null;
}

import type { Core, EventObject, LayoutOptions } from 'cytoscape';
import { useEffect } from 'react';
import { selectDrawVersion, useAppStore, useAppStoreApi } from '../../store';
import { MAP_LAYOUT, NETWORK_LAYOUT } from '../layouts';
import { positionsOf, restorePositions } from '../stored-positions';

const LARGE_VIEW = 800;

/**
 * Renderless: lays out nodes that have no position in the store yet, whenever the drawn elements change.
 * Nodes the store already placed are fixed (fcose's fixed-node constraint), so a filter, an expansion or a
 * new Cytoscape instance never moves what the user has seen; the first layout starts from scratch.
 * Finished positions, and nodes the user drags, go back to the store.
 */
export function LayoutController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const drawVersion = useAppStore(selectDrawVersion);
  useEffect(() => {
    if (drawVersion === 0 || cy.nodes().empty()) return;
    const { layoutStarted, layoutStopped, keepPositions, positions, drawn } = store.getState();
    const visible = cy.nodes(':visible');
    const placed = cy.nodes().filter((n) => Object.hasOwn(positions, n.id()));
    if (placed.length === cy.nodes().length) return;
    const fixed = positionsOf(placed);
    // Hidden nodes take no part in fcose; a constraint naming one would point at nothing.
    const fixedNodeConstraint = placed
      .filter((n) => n.visible())
      .map((n) => ({ nodeId: n.id(), position: fixed[n.id()] }));
    // fcose's "proof" quality costs seconds on software GL past ~800 nodes; "default" keeps big views quick.
    const quality = visible.length > LARGE_VIEW ? 'default' : 'proof';
    const base = drawn?.mode === 'map' ? MAP_LAYOUT : NETWORK_LAYOUT;
    const options = { ...base, quality, randomize: placed.empty(), fixedNodeConstraint };
    const layout = cy.layout(options as unknown as LayoutOptions);
    layout.one('layoutstop', () => {
      // Constraints are met to rounding; placed nodes get their exact positions back.
      restorePositions(cy, placed, fixed);
      keepPositions(positionsOf(visible.union(placed)));
      layoutStopped();
    });
    layoutStarted();
    layout.run();
    return () => {
      layout.stop();
    };
  }, [cy, store, drawVersion]);

  useEffect(() => {
    const onDragged = (e: EventObject) => store.getState().keepPositions(positionsOf(e.target));
    cy.on('dragfree', 'node', onDragged);
    return () => {
      cy.removeListener('dragfree', 'node', onDragged);
    };
  }, [cy, store]);
  return null;
}

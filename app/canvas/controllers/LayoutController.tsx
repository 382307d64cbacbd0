import type { Core, EventObject, NodeCollection } from 'cytoscape';
import { useEffect } from 'react';
import { selectDrawVersion, useAppStore, useAppStoreApi } from '../../store';
import { runLayoutInWorker } from '../layout-in-worker';
import type { LayoutRequest } from '../layout-protocol';
import { MAP_LAYOUT, NETWORK_LAYOUT } from '../layouts';
import { positionsOf, restorePositions } from '../stored-positions';

const LARGE_VIEW = 800;
const PADDING = (NETWORK_LAYOUT as { padding: number }).padding;

/** The visible part of the canvas as plain data, each node at the size it is drawn (fcose spaces by boxes). */
function layoutInput(cy: Core, visible: NodeCollection): Pick<LayoutRequest, 'nodes' | 'edges'> {
  const nodes = visible.map((n) => {
    const { w, h } = n.layoutDimensions({ nodeDimensionsIncludeLabels: false });
    const { x, y } = n.position();
    return { id: n.id(), w, h, x, y };
  });
  const edges = cy.edges(':visible').map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  return { nodes, edges };
}

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
    const { layoutStarted, layoutStopped, layoutCancelled, keepPositions, positions, drawn } = store.getState();
    const visible = cy.nodes(':visible');
    const placed = cy.nodes().filter((n) => Object.hasOwn(positions, n.id()));
    if (placed.length === cy.nodes().length) return;
    const fixed = positionsOf(placed);
    // Hidden nodes take no part in fcose; a constraint naming one would point at nothing.
    const fixedNodeConstraint = placed
      .filter((n) => n.visible())
      .map((n) => ({ nodeId: n.id(), position: fixed[n.id()]! }));
    // fcose's "proof" quality costs seconds on software GL past ~800 nodes; "default" keeps big views quick.
    const quality = visible.length > LARGE_VIEW ? 'default' : 'proof';
    const base = drawn?.mode === 'map' ? MAP_LAYOUT : NETWORK_LAYOUT;
    const options = {
      ...(base as unknown as Record<string, unknown>),
      quality,
      randomize: placed.empty(),
      fixedNodeConstraint,
    };
    // Computed in a worker on a headless copy of the visible elements: the page keeps drawing meanwhile.
    const job = runLayoutInWorker()({ ...layoutInput(cy, visible), options });
    let live = true;
    const finish = (positions: Record<string, { x: number; y: number }>) => {
      if (!live || cy.destroyed()) return;
      live = false;
      cy.batch(() => {
        visible.forEach((n) => {
          const p = positions[n.id()];
          if (p) n.position(p);
        });
      });
      // Constraints are met to rounding; placed nodes get their exact positions back.
      restorePositions(cy, placed, fixed);
      if ((base as { fit?: boolean }).fit) cy.fit(visible, PADDING);
      keepPositions(positionsOf(visible.union(placed)));
      layoutStopped();
    };
    layoutStarted();
    job.result.then(finish, (err: Error) => {
      console.error(err.message);
      finish({}); // nodes stay where placeNewNodes put them: drawn, if not spread out
    });
    return () => {
      if (!live) return;
      live = false;
      job.cancel();
      // The next run (if the elements still need one) starts right after; until then nothing is running.
      layoutCancelled();
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

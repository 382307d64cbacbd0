import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { makeFirstFrame } from '../persistence/first-frame';
import { selectFirstFrame, useAppStore, useAppStoreApi, type AppState } from '../store';
import { drawFirstFrame, drawnElements, framePositions } from './first-frame-elements';

/** Quiet time after the last change before the drawing is stored: a pan or a drag ends many events. */
const KEEP_AFTER_MS = 400;

/** What decides the drawing: when one of these changes (by identity), the first frame is stored again. */
const drawingInputs = (s: AppState) => [
  s.status,
  s.firstFrame,
  s.graphVersion,
  s.drawVersion,
  s.drawn,
  s.positions,
  s.layoutRunning,
  s.decisions,
  s.minConfidence,
  s.hiddenNodeKinds,
  s.hiddenEdgeKinds,
  s.hiddenOutlets,
  s.dateFrom,
  s.dateTo,
  s.hideAnonymous,
  s.onlyDisputed,
  s.focus,
  s.expanded,
  s.budget,
];

const changed = (a: unknown[], b: unknown[]) => a.some((v, i) => v !== b[i]);

/**
 * Renderless: paints a reopened workspace's stored first frame on the empty canvas while the whole graph is
 * still being read (the elements controller replaces it, node for node at the same positions, once the
 * graph is in), and stores the first frame again whenever the drawing or the camera has settled.
 */
export function FirstFrameController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const frame = useAppStore(selectFirstFrame);

  useEffect(() => {
    if (!frame || cy.elements().nonempty()) return;
    drawFirstFrame(cy, frame);
    // The store knows these nodes as placed: when the graph arrives, nothing is laid out again.
    store.getState().keepPositions(framePositions(frame));
  }, [cy, store, frame]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const keep = () => {
      timer = undefined;
      const s = store.getState();
      if (s.layoutRunning || s.mode !== 'network' || s.drawn === null || cy.nodes().empty()) return;
      void s.keepFirstFrame(makeFirstFrame(drawnElements(cy), { zoom: cy.zoom(), pan: cy.pan() }));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(keep, KEEP_AFTER_MS);
    };
    let last = drawingInputs(store.getState());
    const unsubscribe = store.subscribe((s) => {
      const now = drawingInputs(s);
      if (changed(now, last)) schedule();
      last = now;
    });
    cy.on('viewport', schedule);
    // Leaving the page within the quiet time: store what is on screen now.
    const onHide = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      keep();
    };
    window.addEventListener('pagehide', onHide);
    return () => {
      unsubscribe();
      cy.removeListener('viewport', schedule);
      window.removeEventListener('pagehide', onHide);
      clearTimeout(timer);
    };
  }, [cy, store]);
  return null;
}

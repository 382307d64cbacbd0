import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { selectRevealRequest, useAppStore, useAppStoreApi } from '../../store';

/** Renderless: centres the canvas on the selection when something asks for it (search, chain steps). */
export function CameraController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const request = useAppStore(selectRevealRequest);
  useEffect(() => {
    if (request === 0) return;
    const selection = store.getState().selection;
    const el = selection ? cy.getElementById(selection.key) : cy.collection();
    if (el.empty() || !el.visible()) return;
    // No animation: the view is final at once, which keeps e2e free of waits for motion.
    if (cy.zoom() < 1) cy.zoom(1);
    cy.center(el);
  }, [cy, store, request]);
  return null;
}

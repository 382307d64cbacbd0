import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { declutterLabels } from '../label-declutter';

/** Cytoscape events after which the labels on screen may collide or have room: camera, elements, classes. */
const EVENTS = 'viewport add remove position data class layoutstop';

/**
 * Renderless: keeps the painted labels free of overlaps as the user zooms and pans and as elements come
 * and go, recomputing at most once per frame. Its own class changes are ignored, so it never feeds itself.
 */
export function LabelController({ cy }: { cy: Core }) {
  useEffect(() => {
    let frame = 0;
    let applying = false;
    const run = () => {
      frame = 0;
      if (cy.destroyed()) return;
      applying = true;
      try {
        declutterLabels(cy);
      } finally {
        applying = false;
      }
    };
    const schedule = () => {
      if (!applying) frame ||= requestAnimationFrame(run);
    };
    cy.on(EVENTS, schedule);
    schedule();
    return () => {
      cy.removeListener(EVENTS, schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [cy]);
  return null;
}

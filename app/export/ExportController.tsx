import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import {
  selectLayoutRunning,
  selectLayoutRuns,
  selectPendingView,
  selectStatus,
  useAppStore,
  useAppStoreApi,
  type PendingView,
} from '../store';
import { FirstFrameController } from '../first-frame/FirstFrameController';
import { canvasPort } from './canvas-port';
import { decodeShareHash } from '../url';
import { applyStoreView } from './snapshot-view';

function applyView(cy: Core, store: ReturnType<typeof useAppStoreApi>, view: PendingView): void {
  applyStoreView(store.getState(), view);
  const positions = view.positions;
  if (positions) {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const p = Object.hasOwn(positions, n.id()) ? positions[n.id()] : undefined;
        if (p) n.position({ x: p.x, y: p.y });
      });
    });
  }
  if (view.viewport) cy.viewport({ zoom: view.viewport.zoom, pan: { ...view.viewport.pan } });
}

/**
 * Renderless: lends the canvas to the export menu (PNG, positions, viewport), puts back a pending view
 * (snapshot or share link) once its graph is drawn and laid out, and reads share links from the hash.
 * It also mounts the first-frame controller, the stored view a reopen paints first (it belongs with the
 * canvas controllers, whose folder another change owned while this was written).
 */
export function ExportController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const pending = useAppStore(selectPendingView);
  const layoutRuns = useAppStore(selectLayoutRuns);
  const layoutRunning = useAppStore(selectLayoutRunning);
  const status = useAppStore(selectStatus);

  useEffect(() => {
    store.getState().setCanvas(canvasPort(cy));
    return () => store.getState().setCanvas(null);
  }, [cy, store]);

  useEffect(() => {
    // At start the link waits for the first layout; a link pasted later (only the hash changes, the page
    // does not reload) applies at once.
    const openLink = () => {
      const hash = window.location.hash;
      const shared = decodeShareHash(hash);
      const s = store.getState();
      if (!shared || s.appliedLink === hash) return;
      s.setAppliedLink(hash);
      if (s.status === 'ready' && s.layoutRuns > 0 && !s.layoutRunning) {
        applyView(cy, store, { ...shared.view, afterLayoutRuns: s.layoutRuns });
      } else {
        s.restoreView({ ...shared.view });
      }
      if (shared.ignored.length > 0) {
        s.setExportNotice({ tone: 'error', text: `export/share-link: ignored ${shared.ignored.join(', ')}` });
      }
    };
    openLink();
    window.addEventListener('hashchange', openLink);
    return () => window.removeEventListener('hashchange', openLink);
  }, [cy, store]);

  useEffect(() => {
    if (!pending || layoutRunning) return;
    const apply = () => {
      applyView(cy, store, pending);
      store.getState().viewRestored();
    };
    if (layoutRuns > pending.afterLayoutRuns) return apply();
    if (status === 'loading') return;
    // The graph is in but no layout may follow (nothing new to draw, or it ran before the view was
    // queued): give one two frames to start (it would cancel this), then apply anyway.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(apply);
    });
    return () => cancelAnimationFrame(frame);
  }, [cy, store, pending, layoutRuns, layoutRunning, status]);
  return <FirstFrameController cy={cy} />;
}

import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStoreApi, viewSnapshot, type AppState } from '../store';
import { decodeOverview } from './overview-param';
import { decodeViewExtras, encodeViewHash } from './view-hash';

/** The view may be written to the address bar once nothing is waiting to be restored from it. */
const settled = (s: AppState) => s.status !== 'loading' && s.pendingView === null;

/**
 * Renderless: keeps the address bar's hash equal to the view (filters, selection, mode, chain, focus, zoom/pan,
 * overview), so a copied URL reopens it. At start the share-link part is restored by the export controller
 * (rendered before this one); this puts back the overview at once (the first drawing of the graph uses it),
 * and the chain mode, trail and focus once the graph is in, then starts mirroring.
 */
export function UrlController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  useEffect(() => {
    // `?budget=N`: the element budget, for measuring and for testing the overview on small corpora;
    // `?overview=detail`: the detailed overview instead of the citation map above it.
    const query = new URLSearchParams(window.location.search);
    const budget = query.get('budget');
    if (budget) store.getState().setBudget(Number(budget));
    const overview = query.get('overview');
    if (overview === 'map' || overview === 'detail') store.getState().setOverview(overview);
    // The hash's choice, when it names one, is the one the address bar kept: it wins over the query's.
    const choice = decodeOverview(window.location.hash);
    if (choice) {
      store.getState().setOverview(choice.overview);
      store.getState().setMapSources(choice.mapSources);
    }
    const extras = decodeViewExtras(window.location.hash);
    let restored = extras === null;
    let frame = 0;
    const write = () => {
      frame = 0;
      const s = store.getState();
      if (!restored || !settled(s)) return;
      const overviewChoice = { overview: s.overview, mapSources: s.mapSources };
      const hash = encodeViewHash(viewSnapshot(s), { zoom: cy.zoom(), pan: cy.pan() }, overviewChoice);
      if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(write);
    };
    const onState = (s: AppState) => {
      if (!restored && extras && settled(s)) {
        restored = true;
        s.openChain(extras.chainTrail.filter((k) => s.graph.hasNode(k)));
        if (extras.focus && s.graph.hasNode(extras.focus.key)) s.setFocus(extras.focus, extras.expanded);
      }
      schedule();
    };
    onState(store.getState());
    const unsubscribe = store.subscribe(onState);
    cy.on('viewport', schedule);
    return () => {
      unsubscribe();
      cy.removeListener('viewport', schedule);
      cancelAnimationFrame(frame);
    };
  }, [cy, store]);
  return null;
}

import type { Core } from 'cytoscape';
import { selectDrawn, selectFocus, selectGraph, useAppStore, useAppStoreApi } from '../store';
import { RendererControl } from './RendererControl';

/** Canvas controls: fit to what is shown, reset the view, the renderer, and the current focus with a way out. */
export function CanvasToolbar({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const focus = useAppStore(selectFocus);
  const drawn = useAppStore(selectDrawn);
  const graph = useAppStore(selectGraph);
  const fit = () => cy.fit(cy.elements(':visible'), 40);
  const reset = () => {
    const s = store.getState();
    s.resetFilters();
    s.clearFocus();
    s.clearSelection();
    // Classes change in an effect after this render; fit once they have.
    requestAnimationFrame(fit);
  };
  const focusLabel = focus && graph.hasNode(focus.key) ? graph.getNodeAttribute(focus.key, 'label') : null;
  return (
    <div className="canvas-toolbar" role="toolbar" aria-label="Canvas">
      <button type="button" onClick={fit}>
        Fit
      </button>
      <button type="button" onClick={reset}>
        Reset view
      </button>
      <RendererControl />
      {drawn?.mode === 'overview' && (
        <span className="overview-chip" data-testid="overview">
          Overview: {drawn.elements.toLocaleString('en-US')} of {drawn.total.toLocaleString('en-US')} elements drawn;{' '}
          {drawn.aggregated.toLocaleString('en-US')} nodes folded — double-click a group to expand
        </span>
      )}
      {focus && (
        <span className="focus-chip">
          Focus: {focusLabel ?? focus.key} ({focus.hops} hop{focus.hops === 1 ? '' : 's'}){' '}
          <button type="button" aria-label="Clear focus" onClick={() => store.getState().clearFocus()}>
            ✕
          </button>
        </span>
      )}
    </div>
  );
}

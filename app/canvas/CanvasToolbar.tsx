import type { Core } from 'cytoscape';
import { selectBudget, selectDrawn, selectFocus, selectGraph, useAppStore, useAppStoreApi } from '../store';
import { OverviewControl } from './OverviewControl';
import { RendererControl } from './RendererControl';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Canvas controls: fit to what is shown, reset the view, the renderer, what the overview draws (above the
 * budget only), what is drawn now, and the current focus with a way out.
 */
export function CanvasToolbar({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  const focus = useAppStore(selectFocus);
  const drawn = useAppStore(selectDrawn);
  const graph = useAppStore(selectGraph);
  const budget = useAppStore(selectBudget);
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
      {drawn && drawn.total > budget && <OverviewControl />}
      {drawn?.mode === 'overview' && (
        <span className="overview-chip" data-testid="overview">
          Overview: {count(drawn.elements)} of {count(drawn.total)} elements drawn; {count(drawn.aggregated)} nodes
          folded — double-click a group to expand
        </span>
      )}
      {drawn?.mode === 'map' && (
        <span className="overview-chip" data-testid="overview">
          Citation map: {count(drawn.elements)} of {count(drawn.total)} elements drawn; {count(drawn.aggregated)} nodes
          folded — click an outlet for whom it cites
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

import cytoscape, { type Core, type EventObject, type LayoutOptions } from 'cytoscape';
import { useCallback, useEffect, useState } from 'react';
import { registerExtensions } from '../canvas/register-extensions';
import { selectSelection, useAppStore, useAppStoreApi } from '../store';
import { installTestHook } from '../test-hook';
import { CHAIN_LAYOUT, CHAIN_STYLESHEET } from './chain-stylesheet';
import type { ChainPicture } from './chain-picture';

/** Draws one chain with a hierarchical layout; its own Cytoscape instance, so the network keeps its layout. */
export function ChainCanvas({ picture }: { picture: ChainPicture }) {
  const store = useAppStoreApi();
  const selection = useAppStore(selectSelection);
  const [cy, setCy] = useState<Core | null>(null);
  const [laidOut, setLaidOut] = useState<ChainPicture | null>(null);
  const containerRef = useCallback((container: HTMLDivElement | null) => {
    if (!container) return;
    registerExtensions();
    const instance = cytoscape({
      container,
      style: CHAIN_STYLESHEET,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    setCy(instance);
    return () => {
      setCy(null);
      instance.destroy();
    };
  }, []);

  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(picture.elements);
    });
    const layout = cy.layout(CHAIN_LAYOUT as unknown as LayoutOptions);
    layout.one('layoutstop', () => setLaidOut(picture));
    layout.run();
    return () => {
      layout.stop();
    };
  }, [cy, picture]);

  useEffect(() => {
    if (!cy) return;
    const { select } = store.getState();
    const onNode = (e: EventObject) => select({ type: 'node', key: e.target.id() });
    const onEdge = (e: EventObject) => select({ type: 'edge', key: e.target.id() });
    cy.on('tap', 'node', onNode);
    cy.on('tap', 'edge', onEdge);
    return () => {
      cy.removeListener('tap', 'node', onNode);
      cy.removeListener('tap', 'edge', onEdge);
    };
  }, [cy, store]);

  useEffect(() => {
    if (!cy) return;
    const el = selection ? cy.getElementById(selection.key) : cy.collection();
    el.addClass('is-selected');
    return () => {
      el.removeClass('is-selected');
    };
  }, [cy, selection, laidOut]);

  useEffect(() => {
    if (!cy || import.meta.env.MODE !== 'e2e') return;
    return installTestHook(cy, store, () => laidOut === picture);
  }, [cy, store, laidOut, picture]);

  return <div ref={containerRef} className="chain-canvas" data-testid="chain-canvas" />;
}

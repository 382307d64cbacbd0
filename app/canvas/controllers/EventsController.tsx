import type { Core, EventObject } from 'cytoscape';
import { useEffect } from 'react';
import { useAppStoreApi } from '../../store';

/** Renderless: pointer events on the canvas become store actions. */
export function EventsController({ cy }: { cy: Core }) {
  const store = useAppStoreApi();
  useEffect(() => {
    const { select, clearSelection, setHovered } = store.getState();
    const onNode = (e: EventObject) => select({ type: 'node', key: e.target.id() });
    const onEdge = (e: EventObject) => select({ type: 'edge', key: e.target.id() });
    const onBackground = (e: EventObject) => {
      if (e.target === cy) clearSelection();
    };
    const onOver = (e: EventObject) => setHovered(e.target.id());
    const onOut = () => setHovered(null);
    // Double-click: focus on a node's neighbourhood, or, once focused, expand/collapse its neighbours.
    // In an overview, double-clicking an aggregate (or a node with folded neighbours) opens the next page.
    const onDouble = (e: EventObject) => {
      const s = store.getState();
      const expandId = String(e.target.data('expandId') ?? '');
      if (e.target.hasClass('aggregate') || (s.drawn?.mode === 'overview' && expandId)) {
        if (expandId) s.toggleExpanded(expandId);
      } else if (s.focus) s.toggleExpanded(e.target.id());
      else s.focusOn(e.target.id(), 1);
    };
    cy.on('dbltap', 'node', onDouble);
    // Enter on a selected group (or folded node) in an overview expands it, like a double-click.
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.key !== 'Enter' || (target && target !== document.body && !cy.container()?.contains(target))) return;
      const s = store.getState();
      const el = s.selection?.type === 'node' ? cy.getElementById(s.selection.key) : cy.collection();
      const expandId = el.nonempty() ? String(el.data('expandId') ?? '') : '';
      if (!expandId || (s.drawn?.mode !== 'overview' && !el.hasClass('aggregate'))) return;
      e.preventDefault();
      s.toggleExpanded(expandId);
    };
    window.addEventListener('keydown', onKey);
    cy.on('tap', 'node', onNode);
    cy.on('tap', 'edge', onEdge);
    cy.on('tap', onBackground);
    cy.on('mouseover', 'node', onOver);
    cy.on('mouseout', 'node', onOut);
    return () => {
      cy.removeListener('tap', 'node', onNode);
      cy.removeListener('tap', 'edge', onEdge);
      cy.removeListener('tap', onBackground);
      cy.removeListener('mouseover', 'node', onOver);
      cy.removeListener('mouseout', 'node', onOut);
      cy.removeListener('dbltap', 'node', onDouble);
      window.removeEventListener('keydown', onKey);
    };
  }, [cy, store]);
  return null;
}

import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { selectHovered, selectSelection, useAppStore } from '../../store';
import { useHiddenElements } from '../use-hidden-elements';

/** Renderless: filters, selection and hover become Cytoscape classes; the graph is never touched. */
export function ClassesController({ cy }: { cy: Core }) {
  const hidden = useHiddenElements();
  const selection = useAppStore(selectSelection);
  const hovered = useAppStore(selectHovered);

  useEffect(() => {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass('hidden', hidden.nodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('hidden', hidden.edges.has(e.id()));
      });
    });
  }, [cy, hidden]);

  useEffect(() => {
    const el = selection ? cy.getElementById(selection.key) : cy.collection();
    cy.batch(() => {
      el.addClass('is-selected');
      if (el.nonempty() && el.isNode()) el.neighborhood('node').addClass('neighbour');
    });
    return () => {
      cy.batch(() => {
        cy.elements('.is-selected, .neighbour').removeClass('is-selected neighbour');
      });
    };
  }, [cy, selection, hidden]);

  useEffect(() => {
    if (!hovered) return;
    const el = cy.getElementById(hovered);
    el.addClass('hovered');
    return () => {
      el.removeClass('hovered');
    };
  }, [cy, hovered]);
  return null;
}

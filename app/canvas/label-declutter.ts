import type { Core, NodeSingular } from 'cytoscape';
import { placeLabels, type LabelBox } from '../../src/projection';

/** Nodes whose label is measured but not painted (see the stylesheet). */
export const LABEL_HIDDEN_CLASS = 'label-hidden';
/** Screen area one label may claim: caps the density, so a zoomed-out view keeps only its largest labels. */
const LABEL_AREA = 9000;
/** Screen pixels kept clear between two labels. */
const LABEL_GAP = 4;

/**
 * Whether Cytoscape paints a label of this size at this zoom: its canvas renderer compares the font size
 * scaled to the texture level it draws at (a power of two at or above zoom × pixel ratio) with
 * `min-zoomed-font-size` (`eleTextBiggerThanMin`); the same test here keeps our labels and its in step.
 */
export function labelPainted(node: NodeSingular, zoom: number, pixelRatio: number): boolean {
  if (!node.visible() || !String(node.data('label') ?? '')) return false;
  const scale = 2 ** Math.ceil(Math.log2(zoom * pixelRatio));
  return Number(node.numericStyle('font-size')) * scale >= Number(node.numericStyle('min-zoomed-font-size'));
}

/** The on-screen box of a node's label, as Cytoscape computes it (it measures the text itself). */
export function renderedLabelBox(node: NodeSingular): { x1: number; y1: number; x2: number; y2: number } {
  return node.renderedBoundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
}

/**
 * Picks the labels to paint: those of nodes on screen whose labels would be painted at this zoom, the
 * largest nodes first, none overlapping another (`placeLabels`), at most one per LABEL_AREA of screen.
 * Zoomed out, few large nodes keep theirs; zoomed in, fewer nodes share the screen and more labels fit.
 * Returns how many labels are painted.
 */
export function declutterLabels(cy: Core, pixelRatio = window.devicePixelRatio || 1): number {
  const zoom = cy.zoom();
  const width = cy.width();
  const height = cy.height();
  const boxes: LabelBox[] = [];
  cy.nodes().forEach((node) => {
    if (!labelPainted(node, zoom, pixelRatio)) return;
    const b = renderedLabelBox(node);
    if (b.x2 < 0 || b.y2 < 0 || b.x1 > width || b.y1 > height) return;
    boxes.push({ id: node.id(), priority: node.width(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });
  });
  const kept = placeLabels(boxes, { padding: LABEL_GAP, max: Math.max(1, Math.floor((width * height) / LABEL_AREA)) });
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const hide = !kept.has(node.id());
      if (node.hasClass(LABEL_HIDDEN_CLASS) !== hide) node.toggleClass(LABEL_HIDDEN_CLASS, hide);
    });
  });
  return kept.size;
}

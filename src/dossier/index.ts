/** A claim's chain as a self-contained report: build the data once, render it as HTML (inline SVG) or Markdown. */
export type * from './dossier-types';
export { buildDossier, type DossierReview } from './build-dossier';
export { layoutDiagram, type DiagramLink } from './layout-diagram';
export { renderDiagramSvg } from './render-svg';
export { renderDossierHtml } from './render-html';
export { renderDossierMarkdown } from './render-markdown';
export { escapeHtml, escapeMarkdown } from './escape';

/**
 * Attribution extraction: from an article's text to who said, reported, wrote, obtained or disputed what,
 * with exact spans, as facts for the graph (src/corpus builds the article's graph from them: extractArticle).
 * Pure: runs in Node and in Web Workers.
 */

export type * from './types';
export { SOURCE_SPAN_KINDS, MENTION_KINDS, ATTRIBUTION_TYPES, STANCES } from './types';
export type { OutletEntry, Gazetteer } from './gazetteer';
export { createGazetteer, normaliseName } from './gazetteer';
export { DEFAULT_OUTLETS, extractFacts, normaliseClaim } from './extract-article';
export { FINITE_VERB_FORM, HUMAN_HEADS, NAME_DESCRIPTORS, TITLES } from './words';
export { isPlaceName } from './entity-form';
export type { TyperModel, Typing, TyperClass } from './entity-typer';
export { bestType, scoreName, TYPER_CLASSES, typeName, typerScores } from './entity-typer';
export { typerFeatures } from './typer-features';
